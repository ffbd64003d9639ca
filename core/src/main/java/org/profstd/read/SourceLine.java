package org.profstd.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a document: its number, the raw text as found, and the cleaned cells (a TAB-separated row gives several
 * cells, an ordinary line one).
 *
 * @param heading the markdown heading level (1-6) when the line was a heading, else 0
 */
public record SourceLine(int number, String raw, List<Cell> cells, int heading) {

    public SourceLine {
        cells = List.copyOf(cells);
    }

    /** The clean text of the whole line, cells separated by a TAB. */
    public String text() {
        if (cells.size() == 1) {
            return cells.get(0).text();
        }
        return cells.stream().map(Cell::text).collect(Collectors.joining("\t"));
    }

    /** The clean text with cells joined by a space and empty cells left out. */
    public String flatText() {
        return cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    public Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    /** Whether the raw line started with a TAB: in a row-per-line table this marks a merged or continued first cell. */
    public boolean startsWithTab() {
        return raw.startsWith("\t");
    }

    /** The line holds one integer and nothing else: a page number, a level digit or a value, as context decides. */
    public boolean isLoneNumber() {
        String t = flatText();
        return !t.isEmpty() && t.length() <= 7 && t.chars().allMatch(Character::isDigit);
    }
}
