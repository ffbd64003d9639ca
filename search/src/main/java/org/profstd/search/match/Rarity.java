package org.profstd.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.profstd.search.index.Fields;

/**
 * How rare a term is among the requirements of the registry: the inverse document frequency of the term over the
 * item entries of the index (Lucene's document frequency of the items' term field). A shared rare word is better
 * evidence than a shared common one; a term most requirements have ("основ", "знание") says almost nothing.
 * Frequencies are kept until the index changes.
 */
final class Rarity {
    private final IndexSearcher searcher;
    private final long items;
    private final Map<String, Double> idf = new ConcurrentHashMap<>();

    private Rarity(IndexSearcher searcher) {
        this.searcher = searcher;
        try {
            CollectionStatistics stats = searcher.collectionStatistics(Fields.ITEM_TERM);
            this.items = stats == null ? 0 : stats.docCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rarity of the terms in the index a searcher sees; the same object while the index does not change. */
    static Rarity of(IndexSearcher searcher, Rarity previous) {
        return previous != null && previous.reader() == searcher.getIndexReader() ? previous : new Rarity(searcher);
    }

    IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** BM25's inverse document frequency; a term no requirement has counts as rare as one only one has. */
    double idf(String term) {
        return idf.computeIfAbsent(term, t -> {
            long df = Math.max(1, docFreq(t));
            return Math.log(1 + (items - df + 0.5) / (df + 0.5));
        });
    }

    private int docFreq(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(Fields.ITEM_TERM, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
