package org.profstd.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each lower-case token by its {@link KazakhStemmer} stem, leaving tokens marked as keywords alone. */
public final class KazakhStemFilter extends TokenFilter {
    private final KazakhStemmer stemmer = new KazakhStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public KazakhStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = stemmer.stem(term.toString());
            if (stem.length() != term.length()) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }
}
