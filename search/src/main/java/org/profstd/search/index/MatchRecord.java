package org.profstd.search.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * What matching reads of an item or card entry, kept as one binary doc value per entry ({@link Fields#MATCH}): reading
 * a card's requirements from doc values costs a lookup per entry, where stored fields decompress a whole block per
 * entry. Values are joined by the unit separator, which no text of a standard contains.
 *
 * <p>Item: type, kind, language, text, analysed terms (joined by spaces). Card: type, language, names (the card
 * entry's text: name, other names and job titles joined by "; "), card name, level, standard id, title, code.
 */
public record MatchRecord(List<String> values) {
    private static final char SEPARATOR = '\u001f';

    public static BytesRef encode(String... values) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(values[i] == null ? "" : values[i].replace(SEPARATOR, ' '));
        }
        return new BytesRef(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static MatchRecord decode(BytesRef bytes) {
        String joined = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        return new MatchRecord(Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1)));
    }

    /** The value at a position, null when empty. */
    public String get(int index) {
        String value = index < values.size() ? values.get(index) : "";
        return value.isEmpty() ? null : value;
    }
}
