package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHint;
import org.profstd.search.analysis.Analysis;
import org.profstd.text.Words;

/**
 * Turns a query typed by a person into a Lucene query. A code ({@code 06.024}, {@code A/01.3}, {@code 562}) finds the
 * entry it names first and then everything under it. Words are analysed as Russian and as Kazakh (the detected
 * language weighs more), synonyms expanded; a short query needs all its words, a long one most of them. A word the
 * index does not know is read as a typo of the nearest words it does know; a Kazakh compound ({@code дерекқор}) also
 * finds its parts written apart ({@code деректер қоры}) and the other way round. An entry whose whole name or title is
 * the query comes first.
 */
public final class QueryFactory {
    /** Queries of up to this many words need all of them; longer ones (a pasted sentence) most of them. */
    private static final int ALL_WORDS_UP_TO = 4;
    private static final float MOST_WORDS = 0.6f;
    private static final float OTHER_LANGUAGE_BOOST = 0.6f;
    /** Far above any text score, so that the entry named by the query comes first whatever its text. */
    private static final float NAMED_BOOST = 1000f;
    /** The entries a person names by their whole name: a standard by its title, a card, a labor function. */
    private static final List<EntryType> NAMED_ORDER = List.of(EntryType.STANDARD, EntryType.CARD,
            EntryType.FUNCTION);

    private final Analysis analysis;

    public QueryFactory(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * What to run for a text: all entries for a blank text; for a text with nothing to search for, no query and the
     * hint that says why.
     */
    public record Plan(Query query, SearchHint hint) {
    }

    /** The plan of a query that needs all (or most) of its words. */
    public Plan plan(String text, IndexReader reader) {
        return plan(text, reader, false);
    }

    /**
     * @param relaxed true for any of the words: what to run when a query that needs all its words finds nothing
     *                ("администрирование серверв" among cards finds "Администратор серверов")
     */
    public Plan plan(String text, IndexReader reader, boolean relaxed) {
        if (text == null || text.isBlank()) {
            return new Plan(new MatchAllDocsQuery(), null);
        }
        List<String> tokens = Words.tokens(text);
        if (tokens.isEmpty()) {
            return new Plan(null, SearchHint.NO_WORDS_HINT);
        }
        try {
            Query code = code(text, reader);
            if (code != null) {
                return new Plan(code, null);
            }
            String detected = Analysis.languageOf(text);
            Query own = words(detected, true, text, reader, relaxed);
            if (own == null) {
                return new Plan(null, SearchHint.ONLY_COMMON_WORDS_HINT);
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(own, Occur.SHOULD);
            String other = Analysis.KK.equals(detected) ? Analysis.RU : Analysis.KK;
            Query otherWords = words(other, false, text, reader, relaxed);
            if (otherWords != null) {
                query.add(new BoostQuery(otherWords, OTHER_LANGUAGE_BOOST), Occur.SHOULD);
            }
            named(query, String.join(" ", tokens));
            return new Plan(query.build(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index terms for: " + text, e);
        }
    }

    /** The text query limited by the filters, over the index the reader reads. */
    public Query filtered(Query text, SearchFilters filters, IndexReader reader) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (filters.status() != null) {
            filter(query, Fields.STATUS, filters.status());
        } else if (!filters.history() && !everyEntryCurrent(reader)) {
            filter(query, Fields.STATUS, IndexedStandard.CURRENT);
        }
        filter(query, Fields.TYPE, filters.type());
        filter(query, Fields.LEVEL, filters.level() == null ? null : filters.level().toString());
        filter(query, Fields.STANDARD_ID, filters.standardId());
        filter(query, Fields.LANGUAGE, filters.language());
        filter(query, Fields.JURISDICTION, filters.jurisdiction());
        return query.build();
    }

    /**
     * True when every entry of the index is of a current edition (no edition superseded or withdrawn yet): the
     * filter would then only cost a pass over a list of every entry.
     */
    private static boolean everyEntryCurrent(IndexReader reader) throws IOException {
        return reader.numDocs() == reader.maxDoc()
                && reader.docFreq(new Term(Fields.STATUS, IndexedStandard.CURRENT)) == reader.maxDoc();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The entry a code names, first, then the entries under it; null when the text is no code the index knows. */
    private static Query code(String text, IndexReader reader) throws IOException {
        if (!Keys.mayBeCode(text)) {
            return null;
        }
        String key = Keys.code(text);
        Term own = new Term(Fields.OWN_CODE, key);
        Term under = new Term(Fields.CODE, key);
        if (reader.docFreq(own) == 0 && reader.docFreq(under) == 0) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(own)), NAMED_BOOST), Occur.SHOULD)
                .add(new ConstantScoreQuery(new TermQuery(under)), Occur.SHOULD)
                .build();
    }

    /**
     * Entries whose whole name is the query (its words as {@link Keys#name} gives them, read once for every type), a
     * standard before a card before a function, far above the rest.
     */
    private static void named(BooleanQuery.Builder query, String words) {
        for (int i = 0; i < NAMED_ORDER.size(); i++) {
            Term name = new Term(Fields.NAME_KEY, Keys.typedWords(NAMED_ORDER.get(i), words));
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(name)),
                    NAMED_BOOST * (NAMED_ORDER.size() - i)), Occur.SHOULD);
        }
    }

    /**
     * The words of the text in one language's field; null when the analysis leaves no word (only stop words), a
     * query that matches nothing when too few of the words are in that field.
     */
    private Query words(String language, boolean detected, String text, IndexReader reader, boolean relaxed)
            throws IOException {
        String field = Fields.textField(language);
        Analyzer analyzer = analysis.query(language);
        Positions positions = positions(analyzer, field, text);
        if (positions.terms.isEmpty()) {
            return null;
        }
        if (positions.graph) {
            // a synonym of several words: Lucene's own graph handling makes the phrase alternatives; the words as
            // typed, without synonyms, keep their typo and compound readings.
            // How many words the person typed decides whether all are needed: the synonyms' own words add positions
            // to the graph, and counting those made "техническая поддержка пользователей" a long query that needed
            // one of its two parts (every entry about users).
            Positions typedWords = positions(analysis.index(language), field, text);
            // Without a typo or a compound reading the words as typed are one of the graph's paths, so the graph alone
            // finds every entry; a query of the typed words beside it only added their weight, and found every entry
            // a second time (half the cost of a broad query). The typed words weigh twice in the graph instead.
            boolean onlyTheGraph = !(Analysis.KK.equals(language) && detected)
                    && everyWordIndexed(typedWords, field, reader);
            QueryBuilder builder = onlyTheGraph ? new TypedWordsFirst(analyzer, typedWords.words())
                    : new QueryBuilder(analyzer);
            Query synonyms = relaxed ? builder.createBooleanQuery(field, text, Occur.SHOULD)
                    : typedWords.terms.size() <= ALL_WORDS_UP_TO ? builder.createBooleanQuery(field, text, Occur.MUST)
                    : builder.createMinShouldMatchQuery(field, text, MOST_WORDS);
            if (onlyTheGraph) {
                return synonyms;
            }
            Query typed = positional(language, detected, typedWords, positions.synonymous(), reader, relaxed);
            return new BooleanQuery.Builder().add(synonyms, Occur.SHOULD).add(typed, Occur.SHOULD).build();
        }
        return positional(language, detected, positions, positions.synonymous(), reader, relaxed);
    }

    private static boolean everyWordIndexed(Positions positions, String field, IndexReader reader) throws IOException {
        for (String term : positions.words()) {
            if (reader.docFreq(new Term(field, term)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lucene's graph of a synonym of several words, in which the words as typed weigh twice: a path of the graph made
     * of the typed words (not of a synonym's), and a typed word where the graph has no path, count again, as a query of
     * the typed words beside the graph made them count. An entry with the words the person typed ranks above one with
     * only their synonyms ("техническая поддержка" above "служба поддержки", "ML" above "машинное обучение").
     */
    private static final class TypedWordsFirst extends QueryBuilder {
        private static final float TYPED_WEIGHT = 2f;
        private final Set<String> typed;
        /** 1 while the whole text is read, 2 while one path of a synonym of several words is. */
        private int depth;

        TypedWordsFirst(Analyzer analyzer, Set<String> typed) {
            super(analyzer);
            this.typed = typed;
        }

        @Override
        protected Query createFieldQuery(TokenStream source, Occur operator, String field, boolean quoted,
                int phraseSlop) {
            depth++;
            try (CachingTokenFilter tokens = new CachingTokenFilter(source)) {
                boolean typedPath = depth > 1 && noSynonym(tokens);
                Query query = super.createFieldQuery(tokens, operator, field, quoted, phraseSlop);
                return typedPath && query != null ? new BoostQuery(query, TYPED_WEIGHT) : query;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                depth--;
            }
        }

        /** Whether every token is one the person typed, none a synonym the synonym filter added. */
        private static boolean noSynonym(CachingTokenFilter tokens) throws IOException {
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            boolean typedOnly = true;
            tokens.reset();
            while (tokens.incrementToken()) {
                typedOnly &= !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
            }
            return typedOnly;
        }

        /** A word where the graph has no path of several words: a typed word weighs twice. */
        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query query = super.newTermQuery(term, boost);
            return depth == 1 && typed.contains(term.text()) ? new BoostQuery(query, TYPED_WEIGHT) : query;
        }

        /** A word with its synonyms of one word: the typed word found adds its own weight once more. */
        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            Query synonyms = super.newSynonymQuery(field, terms);
            if (depth > 1) {
                return synonyms;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(synonyms, Occur.SHOULD);
            int typedTerms = 0;
            for (TermAndBoost term : terms) {
                if (typed.contains(term.term.utf8ToString())) {
                    query.add(new TermQuery(new Term(field, term.term)), Occur.SHOULD);
                    typedTerms++;
                }
            }
            return typedTerms == 0 ? synonyms : query.build();
        }
    }

    /** A query of the analysed words one position at a time: the words as found, read as typos, or as compounds. */
    private static Query positional(String language, boolean detected, Positions positions, Set<String> synonymous,
            IndexReader reader, boolean relaxed) throws IOException {
        String field = Fields.textField(language);
        // compounds are read only when the query is Kazakh: a Russian word split against Kazakh terms is noise
        boolean kazakh = Analysis.KK.equals(language) && detected;
        List<Query> clauses = new ArrayList<>();
        int unknown = 0;
        List<List<String>> terms = positions.terms;
        for (int i = 0; i < terms.size(); i++) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            int count = alternativesOf(terms.get(i), field, detected, kazakh, synonymous, reader, alternatives);
            if (kazakh && i + 1 < terms.size()) {
                Query joined = joinedCompound(terms.get(i), terms.get(i + 1), field, detected, reader);
                if (joined != null) {
                    clauses.add(joined);
                    i++;
                    continue;
                }
            }
            if (count == 0) {
                unknown++;
            } else {
                clauses.add(alternatives.build());
            }
        }
        if (clauses.isEmpty() || (!relaxed && unknown * 2 > terms.size())) {
            return new MatchNoDocsQuery("too few of the words are in " + field);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean every = !relaxed && clauses.size() <= ALL_WORDS_UP_TO;
        clauses.forEach(c -> all.add(c, every ? Occur.MUST : Occur.SHOULD));
        if (!every && !relaxed) {
            all.setMinimumNumberShouldMatch((int) Math.ceil(clauses.size() * MOST_WORDS));
        }
        return all.build();
    }

    /** The ways one position of the query may be found: its terms, typo readings of unknown ones, compound parts. */
    private static int alternativesOf(List<String> terms, String field, boolean detected, boolean kazakh,
            Set<String> synonymous, IndexReader reader, BooleanQuery.Builder alternatives) throws IOException {
        int count = 0;
        for (String term : terms) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                alternatives.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                count++;
            } else if (detected && term.length() >= Typos.MIN_WORD && !synonymous.contains(term)) {
                // a word of the synonym table is a word, not a typo: its synonyms find what it means
                for (Query typo : Typos.readings(reader, field, term)) {
                    alternatives.add(typo, Occur.SHOULD);
                    count++;
                }
            }
            if (kazakh) {
                Query parts = KazakhCompounds.split(term, field, reader);
                if (parts != null) {
                    alternatives.add(parts, Occur.SHOULD);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Two Kazakh words that the index also holds written as one ({@code деректер қоры}, {@code дерекқор}): either
     * form; null when no joined form is an index term.
     */
    private static Query joinedCompound(List<String> first, List<String> second, String field, boolean detected,
            IndexReader reader) throws IOException {
        Term joined = KazakhCompounds.joined(first, second, field, reader);
        if (joined == null) {
            return null;
        }
        BooleanQuery.Builder apart = new BooleanQuery.Builder();
        for (List<String> position : List.of(first, second)) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            alternativesOf(position, field, detected, false, Set.of(), reader, alternatives);
            apart.add(alternatives.build(), Occur.MUST);
        }
        return new BooleanQuery.Builder().add(apart.build(), Occur.SHOULD).add(new TermQuery(joined), Occur.SHOULD)
                .build();
    }

    /** The terms of an analysed text position by position, and whether a synonym spans several positions. */
    private record Positions(List<List<String>> terms, boolean graph) {
        /** Every term of every position. */
        Set<String> words() {
            Set<String> words = new HashSet<>();
            terms.forEach(words::addAll);
            return words;
        }

        /** The terms that stand with a synonym at their position: words the synonym table knows. */
        Set<String> synonymous() {
            Set<String> known = new HashSet<>();
            terms.stream().filter(position -> position.size() > 1).forEach(known::addAll);
            return known;
        }
    }

    private static Positions positions(Analyzer analyzer, String field, String text) {
        List<List<String>> terms = new ArrayList<>();
        boolean graph = false;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
                    terms.add(new ArrayList<>());
                }
                graph |= length.getPositionLength() > 1;
                List<String> position = terms.get(terms.size() - 1);
                if (!position.contains(term.toString())) {
                    position.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Positions(terms, graph);
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
