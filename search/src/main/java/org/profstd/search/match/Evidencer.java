package org.profstd.search.match;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a sentence evidences a requirement: it must share at least half of the requirement's weight (terms
 * weighted by rarity) and at least two terms (one for a one-word requirement).
 */
final class Evidencer {
    static final double MIN_WEIGHTED_OVERLAP = 0.5;
    private static final int MIN_SHARED_TERMS = 2;
    /** Two stems share a root when they agree on at least this many letters ... */
    private static final int MIN_ROOT = 5;
    /** ... and differ in at most this many letters of the shorter one. */
    private static final int ROOT_SLACK = 3;

    private final CardCatalog catalog;

    Evidencer(CardCatalog catalog) {
        this.catalog = catalog;
    }

    /** The sentence that best evidences the requirement, with the weighted share it covers. */
    Optional<Found> best(Requirement requirement, List<Set<String>> sentences) {
        Found best = null;
        double total = requirement.terms().stream().mapToDouble(catalog::idf).sum();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> sentence = sentences.get(i);
            double shared = 0;
            int count = 0;
            for (String term : requirement.terms()) {
                if (contains(sentence, term)) {
                    shared += catalog.idf(term);
                    count++;
                }
            }
            double strength = shared / total;
            boolean enough = count >= Math.min(MIN_SHARED_TERMS, requirement.terms().size())
                    && strength >= MIN_WEIGHTED_OVERLAP;
            if (enough && (best == null || strength > best.strength())) {
                best = new Found(i, strength);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A sentence contains a term when it has the term or a word of the same root: stems of a verb and its noun
     * differ only at the end ({@code регистрирова} / {@code регистрац}, {@code настраива} / {@code настройк}).
     */
    static boolean contains(Set<String> sentence, String term) {
        if (sentence.contains(term)) {
            return true;
        }
        if (term.length() < MIN_ROOT) {
            return false;
        }
        for (String word : sentence) {
            int shorter = Math.min(word.length(), term.length());
            int common = commonPrefix(word, term);
            if (common >= MIN_ROOT && common >= shorter - ROOT_SLACK) {
                return true;
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    record Found(int sentence, double strength) {
    }
}
