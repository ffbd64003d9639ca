package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** List numbers as the documents print them: "1. Проводить ...", "2) ...", and runs "1. a 2. b 3. c" inside one cell. */
public final class Numbered {
    private static final Pattern LEADING = Pattern.compile("^\\s*(\\d{1,3})\\s*[.)]\\s*(?!\\d)(.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_NUMBER = Pattern.compile("(?<=^|[\\s;,.:])(\\d{1,3})[.)]\\s+(?=\\S)");

    /** One numbered entry: the number printed (or 0 for none) and the text after it. */
    public record Entry(int number, String text) {
    }

    private Numbered() {
    }

    /** The list number a text starts with and the text after it, or null when it starts with none. */
    public static Entry leading(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new Entry(Integer.parseInt(m.group(1)), m.group(2).strip());
    }

    /**
     * Splits "1. Формировать ... 2. Выявлять ..." into its entries. Only numbers that continue the sequence split
     * (1, then 2, then 3), so "версия 2. ..." inside an item or a year does not. Text before the first number comes
     * back as an entry numbered 0.
     */
    public static List<Entry> splitInline(String text) {
        List<Entry> entries = new ArrayList<>();
        Matcher m = INLINE_NUMBER.matcher(text);
        int expected = -1;
        int currentNumber = 0;
        int currentStart = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean starts = expected < 0 ? true : n == expected;
            if (!starts) {
                continue;
            }
            add(entries, currentNumber, text.substring(currentStart, m.start()));
            currentNumber = n;
            currentStart = m.end();
            expected = n + 1;
        }
        add(entries, currentNumber, text.substring(currentStart));
        return entries;
    }

    private static void add(List<Entry> entries, int number, String text) {
        String t = text.strip();
        if (!t.isEmpty() || number > 0) {
            entries.add(new Entry(number, t));
        }
    }
}
