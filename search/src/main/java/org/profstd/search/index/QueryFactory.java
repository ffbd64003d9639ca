package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.profstd.search.SearchFilters;
import org.profstd.search.analysis.Analysis;

/**
 * Turns a query typed by a person into a Lucene query: analysed as Russian and as Kazakh (the detected language
 * weighs more), synonyms expanded, short queries forgiven a typo, and the filters applied.
 */
public final class QueryFactory {
    /** Queries of up to this many words also match words one or two edits away. */
    private static final int SHORT_QUERY_WORDS = 3;
    private static final int MIN_FUZZY_TERM = 5;
    private static final int MIN_TWO_EDIT_TERM = 9;
    private static final float OTHER_LANGUAGE_BOOST = 0.6f;
    private static final float FUZZY_BOOST = 0.3f;
    /** Terms one typo-tolerant word may expand to. */
    private static final int MAX_EXPANSIONS = 16;

    private final Analysis analysis;

    public QueryFactory(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The text part of a search; null when the text holds no searchable word. */
    public Query text(String text) {
        String detected = Analysis.languageOf(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (String language : List.of(Analysis.RU, Analysis.KK)) {
            String field = Fields.textField(language);
            Query exact = new QueryBuilder(analysis.query(language)).createBooleanQuery(field, text, Occur.SHOULD);
            if (exact == null) {
                continue;
            }
            any = true;
            query.add(language.equals(detected) ? exact : new BoostQuery(exact, OTHER_LANGUAGE_BOOST), Occur.SHOULD);
            if (words(text) <= SHORT_QUERY_WORDS) {
                terms(analysis.index(language), field, text).stream().filter(t -> t.length() >= MIN_FUZZY_TERM)
                        .forEach(term -> query.add(fuzzy(field, term), Occur.SHOULD));
            }
        }
        return any ? query.build() : null;
    }

    /** The text query limited by the filters. */
    public Query filtered(Query text, SearchFilters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        // the stored models of the editions are documents of the index too, but never hits
        query.add(new TermQuery(new Term(Fields.TYPE, StoredModels.TYPE)), Occur.MUST_NOT);
        if (!filters.history()) {
            query.add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.FILTER);
        }
        filter(query, Fields.TYPE, filters.type());
        filter(query, Fields.LEVEL, filters.level() == null ? null : filters.level().toString());
        filter(query, Fields.STANDARD_ID, filters.standardId());
        filter(query, Fields.LANGUAGE, filters.language());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /**
     * A typo-tolerant variant of a query term: two edits only for long words, and then with a two-letter prefix
     * that must match, few expansions each; the automaton of two edits from the first letter on walks much of the
     * term dictionary and made three-word queries several times slower for no better hits.
     */
    private static Query fuzzy(String field, String term) {
        boolean longWord = term.length() >= MIN_TWO_EDIT_TERM;
        return new BoostQuery(new FuzzyQuery(new Term(field, term), longWord ? 2 : 1, longWord ? 2 : 1,
                MAX_EXPANSIONS, true), FUZZY_BOOST);
    }

    private static int words(String text) {
        return text.trim().isEmpty() ? 0 : text.trim().split("\\s+").length;
    }

    /** The terms an analyzer makes of a text. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
