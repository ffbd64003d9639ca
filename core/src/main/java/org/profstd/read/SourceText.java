package org.profstd.read;

import java.util.List;

/**
 * The text of a document as the readers produce it: numbered lines, each split into table cells, each cell into
 * paragraphs of clean text. Every reader (text, markdown, DOCX, PDF, HTML) produces this one structure, so one parser
 * per template family serves every file format. Line numbers are 1-based and stable: they are what the canonical JSON
 * points to.
 */
public final class SourceText {
    private final String name;
    private final String format;
    private final List<SourceLine> lines;
    private Vocabulary vocabulary;

    public SourceText(String name, String format, List<SourceLine> lines) {
        this.name = name;
        this.format = format;
        this.lines = List.copyOf(lines);
    }

    public String name() {
        return name;
    }

    /** The physical format the text was read from: {@code text}, {@code markdown}, {@code docx}, {@code pdf}, {@code html}. */
    public String format() {
        return format;
    }

    public List<SourceLine> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    public SourceLine line(int number) {
        return lines.get(number - 1);
    }

    /** Lines {@code from} to {@code to}, both 1-based and inclusive. */
    public List<SourceLine> lines(int from, int to) {
        return lines.subList(from - 1, to);
    }

    /** Every word form of the document, to decide whether two fragments split across lines form one word. */
    public Vocabulary vocabulary() {
        if (vocabulary == null) {
            vocabulary = Vocabulary.of(lines);
        }
        return vocabulary;
    }

    /** The whole text, lines joined by newlines and cells by tabs; for recognisers that look for phrases. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : lines) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }
}
