package org.profstd.text;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian text: ё read as е, Lucene's Russian stop words and Snowball stemming; the query side also expands
 * synonyms ({@code БД} = {@code база данных}).
 */
public final class RussianTextAnalyzer extends Analyzer {
    /** Lucene's Russian stop words and the abbreviations and fillers of enumerations ("в том числе", "и т. д."). */
    static final CharArraySet STOP_WORDS = stopWords();
    /** ё read as е: texts spell it either way (and a wrongly converted document as the fita, ѳ). */
    public static final NormalizeCharMap YO_AS_E = yoAsE();
    private final SynonymMap synonyms;

    /** @param synonyms the synonyms to expand, or null for the index side */
    public RussianTextAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO_AS_E, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SnowballFilter(stream, new RussianStemmer());
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        words.addAll(java.util.List.of("также", "числе", "т", "д", "п", "др"));
        return CharArraySet.unmodifiableSet(words);
    }

    private static NormalizeCharMap yoAsE() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("ё", "е");
        map.add("Ё", "Е");
        // the old letter fita, which no Russian text of today writes, is how a document converted with a wrong font
        // table prints ё: seed 002's parallel programs standard has "распределѳнных", "Развѳртывание"
        map.add("ѳ", "е");
        map.add("Ѳ", "Е");
        return map.build();
    }
}
