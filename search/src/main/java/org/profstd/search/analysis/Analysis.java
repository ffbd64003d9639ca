package org.profstd.search.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.profstd.parse.Languages;
import org.profstd.text.FoldedKazakhAnalyzer;
import org.profstd.text.KazakhTextAnalyzer;
import org.profstd.text.RussianTextAnalyzer;
import org.profstd.text.Words;

/**
 * The analysis of the two languages of the registry: one analyzer per language for indexing and one for queries (the
 * query side adds synonyms), and the language of a query.
 */
public final class Analysis {
    // the code of the language a text is analysed in: a standard's Language, but also a query's or a job posting's
    // (which may be in English), so a plain code and not the standard's enum; anything but kk is analysed as Russian
    public static final String RU = Words.RU;
    public static final String KK = Words.KK;

    private final Analyzer russianIndex = new RussianTextAnalyzer(null);
    private final Analyzer kazakhIndex = new KazakhTextAnalyzer(null);
    private final Analyzer russianQuery = new RussianTextAnalyzer(synonyms("synonyms-ru.txt", russianIndex));
    private final Analyzer kazakhQuery = new KazakhTextAnalyzer(synonyms("synonyms-kk.txt", kazakhIndex));
    private final Analyzer foldedKazakh = new FoldedKazakhAnalyzer();

    public Analyzer index(String language) {
        return KK.equals(language) ? kazakhIndex : russianIndex;
    }

    /**
     * Kazakh read alike with or without its own letters ({@code кызмет} and {@code қызмет}): for recognising the words
     * of a posting typed on a Russian keyboard, never for the index.
     */
    public Analyzer folded() {
        return foldedKazakh;
    }

    public Analyzer query(String language) {
        return KK.equals(language) ? kazakhQuery : russianQuery;
    }

    /** Kazakh when the text has a letter only Kazakh uses, Russian otherwise. */
    public static String languageOf(String text) {
        return Languages.isKazakh(text) ? KK : RU;
    }

    /** An index-side analyzer that analyses each language field with its language (fields named {@code *_ru}, {@code *_kk}). */
    public Analyzer perField(Map<String, String> fieldLanguages) {
        Map<String, Analyzer> analyzers = new java.util.HashMap<>();
        fieldLanguages.forEach((field, language) -> analyzers.put(field, index(language)));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
    }

    private static SynonymMap synonyms(String resource, Analyzer analyzer) {
        try (Reader reader = new InputStreamReader(
                Analysis.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms " + resource, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the synonyms " + resource + " are malformed: " + e.getMessage(), e);
        }
    }
}
