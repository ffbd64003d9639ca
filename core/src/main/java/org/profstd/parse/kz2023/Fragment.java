package org.profstd.parse.kz2023;

/**
 * One paragraph of text where the document put it: its line, and for a row-per-line table the cell it sits in.
 *
 * @param cell      the 0-based cell of the row
 * @param lastCell  the last non-empty cell of the row: text there is table content, whatever its index
 * @param tabular   the line is a table row of several cells (a TAB-separated line)
 */
record Fragment(int line, int cell, int lastCell, boolean tabular, String text) {

    /** The same place with other text (the value after a label). */
    Fragment withText(String other) {
        return new Fragment(line, cell, lastCell, tabular, other);
    }

    /** The column of the function names in a skill table row: the first cell, when more cells follow. */
    boolean inFunctionColumn() {
        return tabular && cell == 0 && lastCell > 0;
    }

    /** The columns of abilities and knowledge: the third cell and after, or the last filled cell of a row. */
    boolean inContentColumn() {
        return tabular && (cell >= 2 || cell > 0 && cell == lastCell);
    }

    /** The column of the skill names: the second cell, when more cells follow. */
    boolean inSkillColumn() {
        return tabular && cell == 1 && lastCell > 1;
    }
}
