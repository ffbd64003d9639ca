package org.profstd.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a standard's editions: by year, then by version (compared as numbers: "2" before "10", "Версия 1"
 * like "1"), then by the order they were stored in. An edition without a year or version sorts before those with
 * one: nothing says it is newer.
 */
final class EditionOrder {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** What an edition is ordered by. */
    record Key(long editionId, Integer year, String version) {
    }

    static final Comparator<Key> OLDEST_FIRST = Comparator
            .comparing(Key::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(k -> versionNumbers(k.version()), EditionOrder::compareNumbers)
            .thenComparingLong(Key::editionId);

    private EditionOrder() {
    }

    /** Whether two editions carry the same year and version (translations of one edition). */
    static boolean samePublication(Key a, Key b) {
        return java.util.Objects.equals(a.year(), b.year())
                && compareNumbers(versionNumbers(a.version()), versionNumbers(b.version())) == 0;
    }

    static List<Integer> versionNumbers(String version) {
        List<Integer> numbers = new ArrayList<>();
        if (version != null) {
            Matcher m = NUMBER.matcher(version);
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group().length() > 9 ? m.group().substring(0, 9) : m.group()));
            }
        }
        return numbers;
    }

    private static int compareNumbers(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
