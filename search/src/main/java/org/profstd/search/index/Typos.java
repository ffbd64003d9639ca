package org.profstd.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** How a word the index does not know may be read: as a typo of the nearest words it does know. */
final class Typos {
    /** Shorter words are not read as typos: one edit makes another common word of them. */
    static final int MIN_WORD = 5;
    private static final int MIN_TWO_EDIT_WORD = 9;
    private static final float BOOST = 0.3f;
    /** Terms one unknown word may be read as. */
    private static final int MAX_EXPANSIONS = 16;

    private Typos() {
    }

    /**
     * The index terms an unknown word may be a typo of: one edit away, two for long words, keeping the first letters
     * (the automaton of two edits from the first letter on walks much of the term dictionary), the nearest and most
     * frequent first. Expanded here once rather than by a fuzzy query, so highlighting and scoring see plain terms.
     */
    static List<Query> readings(IndexReader reader, String field, String term) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        boolean longWord = term.length() >= MIN_TWO_EDIT_WORD;
        FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(field, term), longWord ? 2 : 1, longWord ? 2 : 1,
                true);
        List<Near> found = new ArrayList<>();
        for (BytesRef candidate = near.next(); candidate != null; candidate = near.next()) {
            found.add(new Near(candidate.utf8ToString(), near.getBoost(), near.docFreq()));
        }
        return found.stream()
                .sorted(Comparator.comparingDouble(Near::similarity).reversed().thenComparing(Near::docFreq,
                        Comparator.reverseOrder()))
                .limit(MAX_EXPANSIONS)
                .map(n -> (Query) new BoostQuery(new TermQuery(new Term(field, n.term)), BOOST * n.similarity))
                .toList();
    }

    private record Near(String term, float similarity, int docFreq) {
    }

}
