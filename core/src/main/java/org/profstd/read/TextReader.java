package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text and markdown conversions: one source line per line of the file, TAB-separated cells, HTML
 * fragments inside cells turned into paragraphs, markdown headings recognised. Joining of words and rows that the
 * conversion broke is left to the parsers, which know the table they are in; the cleaning here is what holds
 * everywhere.
 */
public final class TextReader {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*)$");

    private TextReader() {
    }

    public static SourceText read(String name, String text) {
        String[] rawLines = text.split("\r\n|\r|\n", -1);
        int count = rawLines.length;
        if (count > 0 && rawLines[count - 1].isEmpty()) {
            count--; // a final newline does not open a line
        }
        List<SourceLine> lines = new ArrayList<>(count);
        boolean markdown = false;
        for (int i = 0; i < count; i++) {
            SourceLine line = line(i + 1, rawLines[i]);
            markdown |= line.heading() > 0 || rawLines[i].contains("**");
            lines.add(line);
        }
        return new SourceText(name, markdown ? "markdown" : "text", lines);
    }

    static SourceLine line(int number, String raw) {
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
}
