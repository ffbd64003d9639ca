package org.profstd.search.index;

import java.util.List;
import java.util.stream.Stream;

/**
 * The facets of an entry that take few values (type, language, status, jurisdiction, level) joined into one doc value:
 * a registry holds a few hundred distinct keys, so a search counts one ordinal per matched entry and reads each
 * distinct key once, instead of five values per entry.
 */
final class FacetKey {
    /** The dimensions of a key, in their order in it. */
    static final List<String> DIMENSIONS = List.of(Fields.FACET_TYPE, Fields.FACET_LANGUAGE, Fields.FACET_STATUS,
            Fields.FACET_JURISDICTION, Fields.FACET_LEVEL);
    private static final String SEPARATOR = "\u001f";

    private FacetKey() {
    }

    /** The key of an entry; a missing value (no jurisdiction, no level) is empty and counted nowhere. */
    static String of(String type, String language, String status, String jurisdiction, String level) {
        return String.join(SEPARATOR, Stream.of(type, language, status, jurisdiction, level)
                .map(value -> value == null ? "" : value).toList());
    }

    /** The values of a key, one per dimension of {@link #DIMENSIONS}, null where it had none. */
    static String[] values(String key) {
        String[] values = key.split(SEPARATOR, -1);
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i].isEmpty() ? null : values[i];
        }
        return values;
    }
}
