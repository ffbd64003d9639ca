package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds {@link SourceLine}s for every reader, so the cleaning of cell text ({@link TextCleaner}) is applied the same
 * way whatever the file format: a line of a text conversion, a DOCX paragraph or table row, a PDF text line, an HTML
 * block or table row.
 */
final class SourceLines {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");
    /** Tabs and other white space inside one cell: layout, not structure. */
    private static final Pattern CELL_SPACE = Pattern.compile("[\\t\\r\\n]+");

    private SourceLines() {
    }

    /**
     * A line of a plain-text or markdown conversion: a markdown heading marker is recognised, TABs separate cells and
     * HTML fragments inside a cell become paragraphs.
     */
    static SourceLine ofText(int number, String raw) {
        String body = raw;
        int heading = 0;
        Matcher h = HEADING.matcher(raw);
        if (h.matches()) {
            heading = h.group(1).length();
            body = h.group(2);
        }
        List<Cell> cells = new ArrayList<>();
        for (String rawCell : body.split("\t", -1)) {
            cells.add(new Cell(TextCleaner.paragraphs(rawCell)));
        }
        return new SourceLine(number, raw, cells, heading);
    }

    /**
     * A line made of cells whose paragraphs a structured format (DOCX, HTML, PDF) already told apart. Each inner list
     * holds the paragraphs of one cell as found; tab runs inside a paragraph become one space. The raw text reads like
     * a text conversion of the same row: the paragraphs of a cell joined by a space, the cells by a TAB.
     */
    static SourceLine ofCells(int number, List<List<String>> cells, int heading) {
        List<Cell> clean = new ArrayList<>(cells.size());
        List<String> rawCells = new ArrayList<>(cells.size());
        for (List<String> paragraphs : cells) {
            List<String> cleanParagraphs = new ArrayList<>(paragraphs.size());
            List<String> rawParagraphs = new ArrayList<>(paragraphs.size());
            for (String paragraph : paragraphs) {
                String flat = CELL_SPACE.matcher(paragraph).replaceAll(" ");
                rawParagraphs.add(flat.strip());
                cleanParagraphs.add(TextCleaner.clean(flat));
            }
            clean.add(new Cell(cleanParagraphs));
            rawCells.add(rawParagraphs.stream().filter(p -> !p.isEmpty()).collect(Collectors.joining(" ")));
        }
        return new SourceLine(number, String.join("\t", rawCells), clean, heading);
    }

    /** A line of one cell. */
    static SourceLine ofParagraphs(int number, List<String> paragraphs, int heading) {
        return ofCells(number, List.of(paragraphs), heading);
    }
}
