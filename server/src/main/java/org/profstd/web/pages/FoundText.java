package org.profstd.web.pages;

import java.util.Locale;

/**
 * A source line cut around the words of the item a link came from, so that the source page can mark them: in a
 * registry XML export a whole standard is one line, and the item's element is found inside it by its text. The
 * text is matched without regard to case; a line without it is one piece.
 */
public record FoundText(String before, String found, String after) {

    public static FoundText in(String line, String text) {
        if (text == null || text.isBlank() || line == null) {
            return new FoundText(line == null ? "" : line, "", "");
        }
        int at = line.toLowerCase(Locale.ROOT).indexOf(text.strip().toLowerCase(Locale.ROOT));
        if (at < 0) {
            return new FoundText(line, "", "");
        }
        int end = at + text.strip().length();
        return new FoundText(line.substring(0, at), line.substring(at, end), line.substring(end));
    }

    public boolean isFound() {
        return !found.isEmpty();
    }
}
