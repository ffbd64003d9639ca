package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.read.Cell;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;

/**
 * Turns the two physical layouts of kz-2023 documents into one stream of paragraphs in reading order. A row-per-line
 * table (Russian conversions) gives one fragment per paragraph of each cell, with its cell index. A
 * one-value-per-line text (Kazakh conversions) gives one fragment per line, except that a label broken over several
 * lines ("Жеке құзыреттерге" / "қойылатын талаптар:") is joined back into one fragment.
 */
final class Fragments {
    /** "Умения:" or "Знания:" inside a paragraph: the start of another list that lost its paragraph break. */
    private static final Pattern INNER_LIST_HEAD = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:Умения|Знания|Машықтар|Білімдер)\\s*:)");
    /** How many further lines a broken label may take. */
    private static final int LABEL_LINES = 3;

    private Fragments() {
    }

    static List<Fragment> of(SourceText text, int from, int to) {
        List<Fragment> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            SourceLine line = text.line(n);
            if (line.isBlank()) {
                continue;
            }
            if (line.cells().size() > 1 && !holdsOneValue(line)) {
                addRow(out, line);
            } else {
                n = addLine(out, text, line, to);
            }
        }
        return out;
    }

    private static void addRow(List<Fragment> out, SourceLine line) {
        int last = lastFilledCell(line);
        for (int c = 0; c < line.cells().size(); c++) {
            for (String paragraph : line.cell(c).paragraphs()) {
                for (String part : INNER_LIST_HEAD.split(paragraph)) {
                    out.add(new Fragment(line.number(), c, last, true, part));
                }
            }
        }
    }

    /**
     * Adds a line that holds one value (one cell, or a row whose other cells are empty); returns the last line it
     * consumed (later lines when it joined a broken label).
     */
    private static int addLine(List<Fragment> out, SourceText text, SourceLine line, int to) {
        Cell cell = line.cell(0);
        if (cell.paragraphs().size() == 1 && Labels.startsLabel(cell.text())) {
            int joined = joinBrokenLabel(out, text, line, to);
            if (joined > line.number()) {
                return joined;
            }
        }
        boolean tabular = line.cells().size() > 1;
        for (String paragraph : cell.paragraphs()) {
            for (String part : INNER_LIST_HEAD.split(paragraph)) {
                out.add(new Fragment(line.number(), 0, 0, tabular, part));
            }
        }
        return line.number();
    }

    /** A line whose only text is in its first cell. */
    private static boolean holdsOneValue(SourceLine line) {
        return lastFilledCell(line) == 0;
    }

    private static int joinBrokenLabel(List<Fragment> out, SourceText text, SourceLine first, int to) {
        StringBuilder sb = new StringBuilder(first.flatText());
        int taken = 0;
        for (int n = first.number() + 1; n <= to && taken < LABEL_LINES; n++) {
            SourceLine next = text.line(n);
            if (next.isBlank()) {
                continue;
            }
            if (!holdsOneValue(next)) {
                break;
            }
            sb.append(' ').append(next.flatText());
            taken++;
            Labels.Match m = Labels.match(sb.toString());
            if (m != null && Labels.normalize(first.flatText()).length() < m.phraseLength()) {
                out.add(new Fragment(first.number(), 0, 0, false, sb.toString()));
                return n;
            }
        }
        return first.number();
    }

    private static int lastFilledCell(SourceLine line) {
        for (int c = line.cells().size() - 1; c >= 0; c--) {
            if (!line.cell(c).isEmpty()) {
                return c;
            }
        }
        return 0;
    }
}
