package org.profstd.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text as the search index sees them, for code that compares texts without an index (edition diff,
 * overlap, alignment): the same tokenizer, the same stop words and the same stemmers as {@link RussianTextAnalyzer}
 * and {@link KazakhTextAnalyzer}, so that every part of the product reads a text as the same words.
 */
public final class Words {
    public static final String RU = "ru";
    public static final String KK = "kk";

    /** The tokenizer of every analyzer, lower-cased with ё as е, and nothing removed. */
    private static final Analyzer TOKENS = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(RussianTextAnalyzer.YO_AS_E, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };
    private static final Analyzer RUSSIAN = new RussianTextAnalyzer(null);
    private static final Analyzer KAZAKH = new KazakhTextAnalyzer(null);

    /** A content word: as written (lower case, ё as е) and its stem. */
    public record Word(String text, String stem) {
    }

    private Words() {
    }

    /** The analyzer of a language's text ({@code kk}, anything else is read as Russian), without synonyms. */
    public static Analyzer analyzer(String language) {
        return KK.equals(language) ? KAZAKH : RUSSIAN;
    }

    /** Every word of the text, stop words included, lower case with ё as е. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        analyze(TOKENS, text, (term, start, end) -> tokens.add(term));
        return tokens;
    }

    /** The content words of the text in order, stop words left out, each with its stem in the given language. */
    public static List<Word> of(String text, String language) {
        List<Word> words = new ArrayList<>();
        analyze(analyzer(language), text, (stem, start, end) -> words.add(
                new Word(text.substring(start, end).toLowerCase(Locale.ROOT).replace('ё', 'е'), stem)));
        return words;
    }

    /** The stem of one word; a stop word, which has none, comes back lower-cased. */
    public static String stem(String word, String language) {
        List<Word> words = of(word, language);
        return words.size() == 1 ? words.get(0).stem() : word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private static void analyze(Analyzer analyzer, String text, TermSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the words of a text in memory", e);
        }
    }
}
