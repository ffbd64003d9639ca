package org.profstd.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each word form occurs in a document (lower-cased). Conversions split words across lines without a hyphen
 * ("инфокоммуникацион" / "ных"); the document itself almost always prints the same word whole elsewhere, which is how
 * {@link TextJoiner} tells a split word from two words.
 */
public final class Vocabulary {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private final Map<String, Integer> counts;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public static Vocabulary of(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceLine line : lines) {
            for (Cell cell : line.cells()) {
                for (String p : cell.paragraphs()) {
                    Matcher m = WORD.matcher(p);
                    while (m.find()) {
                        counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        return new Vocabulary(counts);
    }

    public static Vocabulary empty() {
        return new Vocabulary(Map.of());
    }

    public int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public boolean contains(String word) {
        return count(word) > 0;
    }
}
