package org.profstd.parse.rumintrud;

import java.util.List;
import java.util.regex.Pattern;
import org.profstd.read.Cell;
import org.profstd.read.SourceLine;

/**
 * A line read as a row of the template's tables: the first cell is the label column, the other cells hold values.
 * A row that starts with a TAB has an empty label cell: it continues the list of the label above.
 */
record Row(SourceLine line) {
    private static final Pattern RULE = Pattern.compile("-{2,}");

    int number() {
        return line.number();
    }

    /** The text of the label column. */
    String label() {
        return line.cell(0).text();
    }

    /** The non-empty value cells, in order. */
    List<String> values() {
        return line.cells().stream().skip(1).map(Cell::text).filter(t -> !t.isEmpty()).toList();
    }

    /** The value cells joined by a space; empty when there are none. */
    String value() {
        return String.join(" ", values());
    }

    /** Every cell's text, empty cells included, so that columns keep their positions. */
    List<String> cells() {
        return line.cells().stream().map(Cell::text).toList();
    }

    String cell(int index) {
        return line.cell(index).text();
    }

    /** The whole row as one text, empty cells left out. */
    String text() {
        return line.flatText();
    }

    boolean isBlank() {
        return line.isBlank();
    }

    /** A markdown table rule ("-----\t---"): what conversion left of a table border. */
    boolean isRule() {
        boolean any = false;
        for (Cell cell : line.cells()) {
            String t = cell.text();
            if (t.isEmpty()) {
                continue;
            }
            if (!RULE.matcher(t).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
