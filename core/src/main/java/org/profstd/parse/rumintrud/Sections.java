package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Segment;
import org.profstd.read.SourceText;

/**
 * Where the four sections of the template start: I general information, II functional map, III characteristics of
 * the generalized functions, IV developers. A missing section is reported; the text before section II (or the next
 * section found) is the passport.
 */
final class Sections {
    private static final Pattern HEADING = Pattern.compile("^(I|II|III|IV)\\.\\s+\\S.*");
    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV");
    private static final List<String> NAMES = List.of("I (general information)", "II (functional map)",
            "III (characteristics of the generalized labor functions)", "IV (developers)");

    private final SourceText text;
    private final int start;
    private final int end;
    /** The heading line of sections I-IV, 0 when absent. */
    private final int[] headings = new int[4];

    private Sections(SourceText text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    static Sections find(SourceText text, Segment segment, Diagnostics diagnostics) {
        int start = segment.titleLine() > 0 ? segment.titleLine() : segment.startLine();
        Sections sections = new Sections(text, start, segment.endLine());
        for (int n = start; n <= segment.endLine(); n++) {
            Matcher m = HEADING.matcher(text.line(n).flatText());
            if (m.matches()) {
                int index = NUMERALS.indexOf(m.group(1));
                if (sections.headings[index] == 0) {
                    sections.headings[index] = n;
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            if (sections.headings[i] == 0) {
                diagnostics.add(DiagnosticCode.MISSING_SECTION, start, "section " + NAMES.get(i) + " is missing");
            }
        }
        return sections;
    }

    /** The first line of the standard: its title line. */
    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The title and section I: everything before the next section that is present. */
    List<Row> passport() {
        return rows(start, nextHeading(0) - 1);
    }

    List<Row> functionalMap() {
        return body(1);
    }

    List<Row> characteristics() {
        return body(2);
    }

    List<Row> developers() {
        return body(3);
    }

    private List<Row> body(int index) {
        return headings[index] == 0 ? List.of() : rows(headings[index] + 1, nextHeading(index) - 1);
    }

    private int nextHeading(int index) {
        for (int i = index + 1; i < 4; i++) {
            if (headings[i] > 0) {
                return headings[i];
            }
        }
        return end + 1;
    }

    private List<Row> rows(int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            rows.add(new Row(text.line(n)));
        }
        return rows;
    }
}
