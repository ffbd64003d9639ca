package org.profstd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.profstd.text.Words;

/**
 * How alike two texts are, from 0 (nothing shared) to 1 (the same words). Two measures are averaged: the Dice
 * coefficient of the stem sets (same meaning-bearing words, whatever their ending or order) and the Dice coefficient
 * of character trigrams (catches a word changed inside, "компонент" / "компонентов", and spelling variants the
 * stemmer does not join). Texts that are equal once normalised score exactly 1.
 */
public final class Similarity {
    private Similarity() {
    }

    public static double score(TextProfile a, TextProfile b) {
        if (a.normalized().equals(b.normalized())) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return (dice(a.stems(), b.stems()) + dice(a.trigrams(), b.trigrams())) / 2;
    }

    public static double score(String a, String b, String language) {
        return score(TextProfile.of(a, language), TextProfile.of(b, language));
    }

    /** |A ∩ B| / |A ∪ B|. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int shared = intersection(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** 2 |A ∩ B| / (|A| + |B|): like Jaccard, but kinder to a short text inside a longer one. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        return 2.0 * intersection(a, b) / (a.size() + b.size());
    }

    static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared;
    }

    /** The words of {@code from} whose stem the other text lacks: what a rewording removed (or added, reversed). */
    public static List<String> wordsMissingIn(TextProfile from, TextProfile other) {
        List<String> missing = new ArrayList<>();
        for (String word : from.words()) {
            if (!other.stems().contains(Words.stem(word, from.language())) && !missing.contains(word)) {
                missing.add(word);
            }
        }
        return missing;
    }
}
