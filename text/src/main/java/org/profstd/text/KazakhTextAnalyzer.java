package org.profstd.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Kazakh text: Kazakh stop words and the {@link KazakhStemmer}; the query side also expands synonyms. */
public final class KazakhTextAnalyzer extends Analyzer {
    /** Conjunctions, postpositions and pronouns that carry no subject of a standard. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "ал", "бен", "бойынша", "бұл", "да", "де", "және", "мен", "немесе", "осы", "пен", "сондай", "та", "те",
            "туралы", "үшін", "шейін", "дейін", "арқылы", "жөніндегі", "сияқты", "ақ", "сол", "оның", "олардың"),
            false));

    private final SynonymMap synonyms;

    /** @param synonyms the synonyms to expand, or null for the index side */
    public KazakhTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new KazakhStemFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
