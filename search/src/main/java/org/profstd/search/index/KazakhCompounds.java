package org.profstd.search.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Kazakh compound nouns and their split forms, read through the index terms rather than a word list: a compound
 * written as one word ({@code дерекқор}) is two index terms joined, and its split form puts a possessive ending on the
 * second part ({@code деректер қоры}).
 */
final class KazakhCompounds {
    /** Each part of a split compound has at least this many letters. */
    private static final int MIN_PART = 3;
    private static final String BACK_VOWELS = "аоұыя";
    private static final String FRONT_VOWELS = "әеөүі";
    private static final String VOWELS = "аәеиоөуұүыіэюя";

    private KazakhCompounds() {
    }

    /**
     * A Kazakh compound written as one word ({@code дерекқор}) also finds its parts written apart, the second with its
     * possessive ending as the split form has it ({@code деректер қоры}): the first split whose parts are both index
     * terms, as a phrase.
     */
    static Query split(String term, String field, IndexReader reader) throws IOException {
        for (int at = MIN_PART; at <= term.length() - MIN_PART; at++) {
            String first = term.substring(0, at);
            if (reader.docFreq(new Term(field, first)) == 0) {
                continue;
            }
            BooleanQuery.Builder phrases = new BooleanQuery.Builder();
            int count = 0;
            for (String second : withPossessive(term.substring(at))) {
                if (reader.docFreq(new Term(field, second)) > 0) {
                    phrases.add(new PhraseQuery(field, first, second), Occur.SHOULD);
                    count++;
                }
            }
            if (count > 0) {
                return phrases.build();
            }
        }
        return null;
    }

    /** A word and its third-person possessive forms, which the stemmer leaves on short words ({@code қоры}). */
    private static List<String> withPossessive(String word) {
        boolean back = word.chars().anyMatch(c -> BACK_VOWELS.indexOf(c) >= 0)
                && word.chars().noneMatch(c -> FRONT_VOWELS.indexOf(c) >= 0);
        boolean vowelEnd = VOWELS.indexOf(word.charAt(word.length() - 1)) >= 0;
        String possessive = (vowelEnd ? "с" : "") + (back ? "ы" : "і");
        return List.of(word, word + possessive);
    }

    /** A second part without the possessive ending the split form gives it ({@code қоры} in a compound is {@code қор}). */
    private static List<String> withoutPossessive(String word) {
        for (String ending : List.of("сы", "сі", "ы", "і")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_PART) {
                return List.of(word, word.substring(0, word.length() - ending.length()));
            }
        }
        return List.of(word);
    }

    /** The term of two query words written as one, when the index has it; null otherwise. */
    static Term joined(List<String> first, List<String> second, String field, IndexReader reader) throws IOException {
        for (String a : first) {
            for (String b : second) {
                for (String part : withoutPossessive(b)) {
                    Term joined = new Term(field, a + part);
                    if (reader.docFreq(joined) > 0) {
                        return joined;
                    }
                }
            }
        }
        return null;
    }
}
