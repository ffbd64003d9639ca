package org.profstd.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text and markdown conversions: one source line per line of the file, TAB-separated cells, HTML
 * fragments inside cells turned into paragraphs, markdown headings recognised. Joining of words and rows that the
 * conversion broke is left to the parsers, which know the table they are in; the cleaning here is what holds
 * everywhere.
 */
public final class TextReader {
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
            SourceLine line = SourceLines.ofText(i + 1, rawLines[i]);
            markdown |= line.heading() > 0 || rawLines[i].contains("**");
            lines.add(line);
        }
        return new SourceText(name, markdown ? "markdown" : "text", lines);
    }
}
