package org.profstd.search.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How rare a term is among the requirements of the registry: the inverse document frequency of the term over the
 * item entries of the index (the document frequency of the items' term field). A shared rare word is better
 * evidence than a shared common one; a term most requirements have ("основ", "знание") says almost nothing.
 * Frequencies are kept until the index changes.
 */
final class Rarity {
    private final CardSource.View view;
    private final Object generation;
    private final long items;
    private final Map<String, Double> idf = new ConcurrentHashMap<>();

    private Rarity(CardSource.View view) {
        this.view = view;
        this.generation = view.generation();
        this.items = view.itemCount();
    }

    /** The rarity of the terms in what a view sees; the same object while that does not change. */
    static Rarity of(CardSource.View view, Rarity previous) {
        return previous != null && previous.generation.equals(view.generation()) ? previous : new Rarity(view);
    }

    /** BM25's inverse document frequency; a term no requirement has counts as rare as one only one has. */
    double idf(String term) {
        return idf.computeIfAbsent(term, t -> {
            long df = Math.max(1, view.itemFrequency(t));
            return Math.log(1 + (items - df + 0.5) / (df + 0.5));
        });
    }
}
