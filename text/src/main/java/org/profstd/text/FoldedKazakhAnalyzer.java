package org.profstd.text;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Kazakh read the same whether it is written with its own letters or without them: each word {@link KazakhFolding
 * folded}, a first-person predicate read as its noun ({@link KazakhPredicates}) and a finite verb as its verbal noun
 * ({@link KazakhVerbs}), then stemmed by the
 * {@link KazakhStemmer#folded() folded stemmer}. A word typed either way comes out as the same term, and the
 * "қабылдаймын" of a CV as the "қабылдау" of a vocabulary, so a posting typed on a Russian keyboard or a CV in the
 * first person finds the Kazakh words a vocabulary knows.
 */
public final class FoldedKazakhAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(KazakhTextAnalyzer.STOP_WORDS.size(), false);
        KazakhTextAnalyzer.STOP_WORDS.forEach(
                w -> words.add(KazakhFolding.fold(w instanceof char[] c ? new String(c) : w.toString())));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new FoldingStemFilter(new LowerCaseFilter(source));
        stream = new StopFilter(stream, STOP_WORDS);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Folds each token, and stems it unless it is a stop word (stop words are matched folded, unstemmed). */
    private static final class FoldingStemFilter extends TokenFilter {
        private final KazakhStemmer stemmer = KazakhStemmer.folded();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldingStemFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String folded = KazakhFolding.fold(term.toString());
            term.setEmpty().append(STOP_WORDS.contains(folded) ? folded
                    : stemmer.stem(KazakhVerbs.verbalNoun(KazakhPredicates.noun(folded))));
            return true;
        }
    }
}
