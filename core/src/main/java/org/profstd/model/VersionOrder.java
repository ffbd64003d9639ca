package org.profstd.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of editions' versions as printed: by the numbers they carry, compared as numbers ("2" before "10",
 * "Версия 1" like "1"); a version without numbers (or none) comes first.
 */
public final class VersionOrder {
    /** Oldest first. */
    public static final Comparator<String> OLDEST_FIRST = Comparator.comparing(VersionOrder::numbers,
            VersionOrder::compare);

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private VersionOrder() {
    }

    private static List<Integer> numbers(String version) {
        List<Integer> numbers = new ArrayList<>();
        if (version != null) {
            Matcher m = NUMBER.matcher(version);
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group().length() > 9 ? m.group().substring(0, 9) : m.group()));
            }
        }
        return numbers;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
