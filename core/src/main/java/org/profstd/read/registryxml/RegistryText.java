package org.profstd.read.registryxml;

import org.profstd.read.Entities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Item;

/**
 * Cleans the text of registry elements. Exports carry what their authoring tool put into a table cell: escaped HTML
 * line breaks ({@code &lt;br /&gt;}, which the XML parser turns into {@code <br />}), carriage returns written as
 * {@code &#13;}, entities escaped twice ({@code &amp;quot;}), non-breaking spaces, and a lone dash for "nothing".
 */
final class RegistryText {
    /** Where the author of a cell started a new line. */
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*/?\\s*(br|p|li|div)\\b[^>]*>|\\r\\n?|\\n");
    private static final Pattern OTHER_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*\\b[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** A bullet the author typed at the start of a line. */
    private static final Pattern BULLET = Pattern.compile("^[-–—•·*]\\s+");
    /** What a cell holds when the standard says "nothing" there. */
    private static final Pattern NOTHING = Pattern.compile("^[-–—]?$");

    private RegistryText() {
    }

    /** One value (a name, a code, a purpose): its lines joined into one, or null when it is empty or a dash. */
    static String single(String raw) {
        if (raw == null) {
            return null;
        }
        String joined = joinLines(lines(raw).stream().map(Line::text).toList());
        return NOTHING.matcher(joined).matches() ? null : joined;
    }

    /**
     * The items of one list entry. An entry is normally one item; an author who put several into one cell ended
     * each with a line break, and then each new item starts with a capital letter. A line that starts in lower case
     * (or is the rest of a word broken at a hyphen) continues the item above it: the break was only where the cell
     * wrapped. Each item keeps the line of the file where its own text begins.
     */
    static List<Item> items(String raw, int line) {
        List<Item> items = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentLine = line;
        for (Line l : lines(raw)) {
            if (!current.isEmpty() && startsItem(l.text)) {
                add(items, current, currentLine);
                current.clear();
            }
            if (current.isEmpty()) {
                currentLine = line + l.lineOffset;
            }
            current.add(l.text);
        }
        add(items, current, currentLine);
        return items;
    }

    private static void add(List<Item> items, List<String> lines, int line) {
        String text = dropTrailingSeparators(joinLines(lines));
        if (!NOTHING.matcher(text).matches()) {
            items.add(new Item(text, line));
        }
    }

    private static boolean startsItem(String text) {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** A non-empty line of an entry, cleaned, and how many lines of the file lie before it inside the entry. */
    private record Line(String text, int lineOffset) {
    }

    private static List<Line> lines(String raw) {
        String decoded = Entities.decode(raw, true); // entities an export escaped twice
        List<Line> lines = new ArrayList<>();
        Matcher m = BREAK.matcher(decoded);
        int start = 0;
        while (m.find()) {
            addLine(lines, decoded, start, m.start());
            start = m.end();
        }
        addLine(lines, decoded, start, decoded.length());
        return lines;
    }

    private static void addLine(List<Line> lines, String text, int from, int to) {
        String clean = clean(text.substring(from, to));
        if (!clean.isEmpty()) {
            lines.add(new Line(clean, newlinesBefore(text, from)));
        }
    }

    private static String clean(String fragment) {
        String s = OTHER_TAG.matcher(fragment).replaceAll(" ");
        s = s.replace("\u00AD", "").replace("\u200B", "").replace("\uFEFF", "");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return BULLET.matcher(s).replaceFirst("");
    }

    /** Lines of one value joined with spaces; a line ending in a hyphen joins the next without one. */
    private static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            boolean hyphenated = sb.length() > 1 && sb.charAt(sb.length() - 1) == '-'
                    && Character.isLetter(sb.charAt(sb.length() - 2));
            if (sb.length() > 0 && !hyphenated) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return sb.toString();
    }

    /** List separators an author left at the end of an item ("...;"); an item is not a sentence of a list. */
    private static String dropTrailingSeparators(String text) {
        String t = text;
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    private static int newlinesBefore(String text, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
