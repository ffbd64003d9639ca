package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.profstd.search.Suggestion;
import org.profstd.search.analysis.Analysis;
import org.profstd.text.Words;

/**
 * Completion of what a person starts to type: the names of cards, functions and skills (or tasks) of the current
 * editions whose words begin with the words typed, the last one maybe unfinished; the most frequent names first. Read
 * from the index itself (the name words and name keys of its entries), so it needs no copy of the editions and is never
 * stale. A Kazakh prefix that current editions do not complete is completed from earlier Kazakh editions, marked as
 * history.
 */
public final class Suggester {
    /** Entries read per suggestion request: enough to rank names by frequency, bounded for one-letter prefixes. */
    private static final int MAX_SCANNED = 5000;
    private static final Query SUGGESTED_TYPES = new TermInSetQuery(Fields.TYPE, EntryType.SUGGESTED.stream()
            .map(t -> new BytesRef(t.id())).toList());

    private final StandardIndex index;

    public Suggester(StandardIndex index) {
        this.index = index;
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        List<String> words = prefix == null ? List.of() : Words.tokens(prefix);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        IndexSearcher searcher = index.acquire();
        try {
            Map<String, Suggestion> found = new LinkedHashMap<>();
            collect(searcher, words, new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), false, limit,
                    found);
            if (found.size() < limit && Analysis.KK.equals(Analysis.languageOf(prefix))) {
                Query earlierKazakh = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.LANGUAGE, Analysis.KK)), Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.MUST_NOT).build();
                collect(searcher, words, earlierKazakh, true, limit, found);
            }
            return List.copyOf(found.values());
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed: " + prefix, e);
        } finally {
            index.release(searcher);
        }
    }

    private static void collect(IndexSearcher searcher, List<String> words, Query scope, boolean history, int limit,
            Map<String, Suggestion> found) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(SUGGESTED_TYPES, Occur.FILTER)
                .add(scope, Occur.FILTER);
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(Fields.NAME_WORD, words.get(i))), Occur.FILTER);
        }
        query.add(new PrefixQuery(new Term(Fields.NAME_WORD, words.get(words.size() - 1))), Occur.FILTER);
        NameCounter names = new NameCounter();
        searcher.search(query.build(), names);
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(names.counts.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, int[]> name : ranked) {
            if (found.size() >= limit) {
                return;
            }
            if (!found.containsKey(name.getKey())) {
                Document doc = searcher.storedFields().document(name.getValue()[1]);
                String type = doc.get(Fields.TYPE);
                String text = EntryType.CARD.id().equals(type) ? doc.get(Fields.CARD_NAME)
                        : doc.get(Fields.TEXT_RU) != null ? doc.get(Fields.TEXT_RU) : doc.get(Fields.TEXT_KK);
                found.put(name.getKey(), new Suggestion(text, type, history));
            }
        }
    }

    /** Counts the entries of each name key, with one document that carries it; stops after {@link #MAX_SCANNED}. */
    private static final class NameCounter extends SimpleCollector {
        private final Map<String, int[]> counts = new HashMap<>();
        private SortedDocValues keys;
        private int docBase;
        private int scanned;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            if (scanned >= MAX_SCANNED) {
                throw new CollectionTerminatedException();
            }
            keys = context.reader().getSortedDocValues(Fields.SUGGEST_KEY);
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (++scanned > MAX_SCANNED) {
                throw new CollectionTerminatedException();
            }
            if (keys != null && keys.advanceExact(doc)) {
                String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
                int global = docBase + doc;
                counts.computeIfAbsent(key, k -> new int[] {0, global})[0]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
