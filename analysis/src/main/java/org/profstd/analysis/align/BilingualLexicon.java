package org.profstd.analysis.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.analysis.TextProfile;

/**
 * Word correspondences between two languages learned from texts already known to say the same thing (aligned
 * pairs): a stem of one language and a stem of the other that keep appearing in the same pairs are taken as
 * translations. Association is the Dice coefficient of their pair counts, 2·c(a,b) / (c(a) + c(b)); a correspondence
 * needs at least {@value #MIN_PAIRS} shared pairs and an association of {@value #MIN_ASSOCIATION}, so a word seen
 * once next to another proves nothing.
 */
public final class BilingualLexicon {
    static final int MIN_PAIRS = 2;
    static final double MIN_ASSOCIATION = 0.3;
    private static final int CANDIDATES_PER_WORD = 3;

    /** For each stem of the first language, its translations and their association. */
    private final Map<String, Map<String, Double>> translations;

    private BilingualLexicon(Map<String, Map<String, Double>> translations) {
        this.translations = translations;
    }

    public static BilingualLexicon empty() {
        return new BilingualLexicon(Map.of());
    }

    /** Learns from pairs of (first language, second language) texts. */
    public static BilingualLexicon learn(Collection<TextPair> pairs) {
        Map<String, Integer> firstCount = new HashMap<>();
        Map<String, Integer> secondCount = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (TextPair pair : pairs) {
            Set<String> first = pair.first().stems();
            Set<String> second = pair.second().stems();
            first.forEach(a -> firstCount.merge(a, 1, Integer::sum));
            second.forEach(b -> secondCount.merge(b, 1, Integer::sum));
            for (String a : first) {
                Map<String, Integer> row = together.computeIfAbsent(a, k -> new HashMap<>());
                second.forEach(b -> row.merge(b, 1, Integer::sum));
            }
        }
        Map<String, Map<String, Double>> translations = new HashMap<>();
        together.forEach((a, row) -> {
            List<Map.Entry<String, Double>> candidates = new ArrayList<>();
            row.forEach((b, count) -> {
                double association = 2.0 * count / (firstCount.get(a) + secondCount.get(b));
                if (count >= MIN_PAIRS && association >= MIN_ASSOCIATION) {
                    candidates.add(Map.entry(b, association));
                }
            });
            candidates.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            Map<String, Double> best = new HashMap<>();
            candidates.stream().limit(CANDIDATES_PER_WORD).forEach(e -> best.put(e.getKey(), e.getValue()));
            if (!best.isEmpty()) {
                translations.put(a, best);
            }
        });
        return new BilingualLexicon(translations);
    }

    /** The association of two stems, 0 when they are not known as translations. */
    public double association(String first, String second) {
        return translations.getOrDefault(first, Map.of()).getOrDefault(second, 0.0);
    }

    /** The best-associated translation of a stem of the first language, or null. */
    public String translation(String first) {
        return translations.getOrDefault(first, Map.of()).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public int size() {
        return translations.size();
    }

    /**
     * How much of two texts in the two languages translates into each other: the share of the stems of both that
     * have a known translation on the other side, plus shared anchors (numbers, codes, Latin terms), from 0 to 1.
     */
    public double similarity(TextProfile first, TextProfile second) {
        Set<String> a = first.stems();
        Set<String> b = second.stems();
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
        }
        int matchedFirst = 0;
        for (String s : a) {
            if (b.contains(s) || translatesInto(s, b)) {
                matchedFirst++;
            }
        }
        int matchedSecond = 0;
        for (String s : b) {
            if (a.contains(s) || a.stream().anyMatch(x -> association(x, s) > 0)) {
                matchedSecond++;
            }
        }
        return (double) (matchedFirst + matchedSecond) / (a.size() + b.size());
    }

    private boolean translatesInto(String stem, Set<String> other) {
        Map<String, Double> known = translations.get(stem);
        if (known == null) {
            return false;
        }
        for (String candidate : known.keySet()) {
            if (other.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
