package org.profstd.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;

/**
 * Editions made straight from parsed documents, for indexing files without the registry: the standard id is its code
 * (or a slug of its title), the edition id adds the year or version, and every edition is current.
 */
public final class ParsedEditions {
    private ParsedEditions() {
    }

    public static List<IndexedStandard> of(ParseResult result) {
        List<IndexedStandard> editions = new ArrayList<>();
        for (Standard standard : result.standards()) {
            String id = standardId(standard);
            editions.add(new IndexedStandard(id, id + "@" + edition(standard, result), IndexedStandard.CURRENT,
                    standard));
        }
        return editions;
    }

    public static String standardId(Standard standard) {
        if (standard.code() != null && !standard.code().isBlank()) {
            return standard.code();
        }
        String title = standard.title() == null ? "untitled" : standard.title();
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** The year, else the version, else the start of the document's hash, with the language for bilingual standards. */
    private static String edition(Standard standard, ParseResult result) {
        String when = standard.year() != null ? standard.year().toString()
                : standard.version() != null ? "v" + standard.version()
                : result.source().sha256().substring(0, 8);
        return when + (standard.language() == null ? "" : "-" + standard.language());
    }
}
