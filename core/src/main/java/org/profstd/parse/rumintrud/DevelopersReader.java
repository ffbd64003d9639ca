package org.profstd.parse.rumintrud;

import java.util.List;
import java.util.regex.Pattern;
import org.profstd.parse.Numbered;

/**
 * Reads section IV: the responsible organisation (4.1, the first line under it; the next names its head) and the
 * numbered list of developer organisations (4.2). Footnotes ("*(1) ...") end the section.
 */
final class DevelopersReader {
    private static final Pattern RESPONSIBLE = Pattern.compile("^4\\.1\\.?\\s.*");
    private static final Pattern LIST = Pattern.compile("^4\\.2\\.?\\s.*");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\*\\(\\d+\\).*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}\\.?");

    private enum State { NONE, RESPONSIBLE, RESPONSIBLE_HEAD, LIST, FOOTNOTES }

    private DevelopersReader() {
    }

    static void read(List<Row> rows, List<String> developers) {
        State state = State.NONE;
        for (Row row : rows) {
            String t = row.text();
            if (row.isBlank() || row.isRule()) {
                continue;
            }
            if (RESPONSIBLE.matcher(t).matches()) {
                state = State.RESPONSIBLE;
            } else if (LIST.matcher(t).matches()) {
                state = State.LIST;
            } else if (FOOTNOTE.matcher(t).matches()) {
                state = State.FOOTNOTES;
            } else if (state == State.RESPONSIBLE) {
                developers.add(t);
                state = State.RESPONSIBLE_HEAD;
            } else if (state == State.LIST) {
                developers.add(organisation(row));
            }
        }
    }

    /** "1 | Организация" or "1. Организация": the organisation without its number. */
    private static String organisation(Row row) {
        if (NUMBER.matcher(row.label()).matches() && !row.value().isEmpty()) {
            return row.value();
        }
        Numbered.Entry entry = Numbered.leading(row.text());
        return entry == null ? row.text() : entry.text();
    }
}
