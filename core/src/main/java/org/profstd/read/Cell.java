package org.profstd.read;

import java.util.List;

/**
 * One table cell of a line. A cell holds paragraphs: HTML list items and paragraphs inside a cell, or the paragraphs
 * of a DOCX cell, each become one entry.
 */
public record Cell(List<String> paragraphs) {
    public static final Cell EMPTY = new Cell(List.of());

    public Cell {
        paragraphs = paragraphs.stream().filter(p -> !p.isEmpty()).toList();
    }

    public static Cell of(String text) {
        return new Cell(List.of(text));
    }

    public String text() {
        return String.join(" ", paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
