package org.profstd.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the documents print them ("5 октября 2015 г.", "2025 жылғы 10 қарашадағы", "17.07.2017"), to ISO form. */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("январ", 1), Map.entry("феврал", 2), Map.entry("март", 3), Map.entry("апрел", 4),
            Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("август", 8),
            Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11), Map.entry("декабр", 12),
            Map.entry("қаңтар", 1), Map.entry("ақпан", 2), Map.entry("наурыз", 3), Map.entry("сәуір", 4),
            Map.entry("мамыр", 5), Map.entry("маусым", 6), Map.entry("шілде", 7), Map.entry("тамыз", 8),
            Map.entry("қыркүйек", 9), Map.entry("қазан", 10), Map.entry("қараша", 11), Map.entry("желтоқсан", 12));
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(\\d{1,2})\\s+([\\p{L}]+)\\s+(\\d{4})");
    private static final Pattern YEAR_DAY_MONTH = Pattern.compile(
            "(?iu)(\\d{4})\\s+жыл\\p{L}*\\s+(\\d{1,2})\\s+([\\p{L}]+)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private Dates() {
    }

    /** The first date found in the text, as {@code yyyy-MM-dd}, or null. */
    public static String find(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return iso(m.group(3), month, m.group(1));
            }
        }
        m = YEAR_DAY_MONTH.matcher(text);
        while (m.find()) {
            Integer month = month(m.group(3));
            if (month != null) {
                return iso(m.group(1), month, m.group(2));
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            return iso(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return null;
    }

    static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer best = null;
        int bestLength = 0;
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            String stem = e.getKey();
            if (w.startsWith(stem) && stem.length() > bestLength && (stem.length() > 2 || w.length() <= 3)) {
                best = e.getValue();
                bestLength = stem.length();
            }
        }
        return best;
    }

    private static String iso(String year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d);
    }
}
