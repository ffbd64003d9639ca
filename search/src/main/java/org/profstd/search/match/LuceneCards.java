package org.profstd.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.MatchRecord;
import org.profstd.search.index.QueryFactory;
import org.profstd.search.index.StandardIndex;

/**
 * The cards of this process's Lucene index: items found by their terms and grouped by the card id's doc values, cards
 * by their names, a card's entries by a query on its id, read from their match records.
 */
final class LuceneCards implements CardSource {
    private static final Set<String> CARD_FIELDS = Set.of(Fields.TYPE, Fields.KIND, Fields.TEXT_RU, Fields.TEXT_KK,
            Fields.LANGUAGE, Fields.CARD_ID, Fields.CARD_NAME, Fields.LEVEL, Fields.STANDARD_ID,
            Fields.STANDARD_TITLE, Fields.STANDARD_CODE);

    private final StandardIndex index;

    LuceneCards(StandardIndex index) {
        this.index = index;
    }

    @Override
    public View open() {
        return new LuceneView(index, index.acquire());
    }

    private static final class LuceneView implements View {
        private final StandardIndex index;
        private final IndexSearcher searcher;
        private final Analysis analysis;

        LuceneView(StandardIndex index, IndexSearcher searcher) {
            this.index = index;
            this.searcher = searcher;
            this.analysis = index.analysis();
        }

        /** The items' own term field, which only items have, so no filter on the entry type. */
        @Override
        public List<ItemHit> items(Collection<String> terms, int limit) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            terms.forEach(t -> words.add(new TermQuery(new Term(Fields.ITEM_TERM, t)), Occur.SHOULD));
            Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST)
                    .add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.FILTER).build();
            try {
                ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
                Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
                List<ItemHit> hits = new ArrayList<>();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                SortedDocValues values = null;
                int leafIndex = -1;
                for (ScoreDoc doc : docs) {
                    int leaf = ReaderUtil.subIndex(doc.doc, leaves);
                    if (leaf != leafIndex) {
                        leafIndex = leaf;
                        values = DocValues.getSorted(leaves.get(leaf).reader(), Fields.CARD_ID);
                    }
                    if (values.advanceExact(doc.doc - leaves.get(leaf).docBase)) {
                        hits.add(new ItemHit(values.lookupOrd(values.ordValue()).utf8ToString(), doc.score));
                    }
                }
                return hits;
            } catch (IOException e) {
                throw new UncheckedIOException("match failed", e);
            }
        }

        @Override
        public List<String> cardsByName(Map<String, Collection<String>> termsByLanguage, int cards) {
            Query words = anyOf(termsByLanguage);
            if (words == null) {
                return List.of();
            }
            Query query = new BooleanQuery.Builder().add(words, Occur.MUST)
                    .add(new TermQuery(new Term(Fields.TYPE, EntryType.CARD.id())), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.FILTER).build();
            try {
                List<String> ids = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc doc : searcher.search(query, cards).scoreDocs) {
                    ids.add(stored.document(doc.doc, Set.of(Fields.CARD_ID)).get(Fields.CARD_ID));
                }
                return ids;
            } catch (IOException e) {
                throw new UncheckedIOException("match failed", e);
            }
        }

        @Override
        public List<MatchRecord> entries(String cardId) {
            return entries(List.of(cardId)).getOrDefault(cardId, List.of());
        }

        /**
         * One query for the entries of every card asked for, read in the index's order, each card's then put in the
         * order of the card: a match reads its forty candidate cards in one pass instead of forty.
         */
        @Override
        public Map<String, List<MatchRecord>> entries(Collection<String> cardIds) {
            if (cardIds.isEmpty()) {
                return Map.of();
            }
            List<BytesRef> ids = cardIds.stream().map(BytesRef::new).toList();
            Query query = new BooleanQuery.Builder()
                    .add(new TermInSetQuery(Fields.CARD_ID, ids), Occur.FILTER)
                    .add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(Fields.TYPE, EntryType.ITEM.id())), Occur.SHOULD)
                            .add(new TermQuery(new Term(Fields.TYPE, EntryType.CARD.id())), Occur.SHOULD).build(),
                            Occur.FILTER).build();
            try {
                int[] docs = searcher.search(query, new AllDocs());
                Map<String, List<Placed>> found = new HashMap<>();
                Records records = new Records();
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                SortedDocValues cards = null;
                int leafIndex = -1;
                for (int doc : docs) {
                    int leaf = ReaderUtil.subIndex(doc, leaves);
                    if (leaf != leafIndex) {
                        leafIndex = leaf;
                        cards = DocValues.getSorted(leaves.get(leaf).reader(), Fields.CARD_ID);
                    }
                    if (!cards.advanceExact(doc - leaves.get(leaf).docBase)) {
                        continue;
                    }
                    String cardId = cards.lookupOrd(cards.ordValue()).utf8ToString();
                    found.computeIfAbsent(cardId, id -> new ArrayList<>()).add(records.get(doc));
                }
                Map<String, List<MatchRecord>> byCard = new LinkedHashMap<>();
                for (String cardId : cardIds) {
                    if (found.containsKey(cardId)) {
                        // the index keeps an edition's entries by group; their place in the edition gives the card's
                        // order
                        byCard.put(cardId, found.get(cardId).stream().sorted(Comparator.comparingLong(Placed::place))
                                .map(Placed::record).toList());
                    }
                }
                return byCard;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read cards " + cardIds, e);
            }
        }

        @Override
        public Object generation() {
            return searcher.getIndexReader();
        }

        @Override
        public long itemCount() {
            try {
                CollectionStatistics stats = searcher.collectionStatistics(Fields.ITEM_TERM);
                return stats == null ? 0 : stats.docCount();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public int itemFrequency(String term) {
            try {
                return searcher.getIndexReader().docFreq(new Term(Fields.ITEM_TERM, term));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            index.release(searcher);
        }

        /** An entry's match record and its place in its edition. */
        private record Placed(MatchRecord record, long place) {
        }

        /**
         * The match records of entries read in increasing document order: one doc-value iterator per index segment,
         * which only moves forward.
         */
        private final class Records {
            private final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            private int leafIndex = -1;
            private BinaryDocValues values;
            private NumericDocValues places;

            Placed get(int doc) throws IOException {
                int leaf = ReaderUtil.subIndex(doc, leaves);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    values = leaves.get(leaf).reader().getBinaryDocValues(Fields.MATCH);
                    places = leaves.get(leaf).reader().getNumericDocValues(Fields.POSITION);
                }
                int inLeaf = doc - leaves.get(leaf).docBase;
                long place = places != null && places.advanceExact(inLeaf) ? places.longValue() : doc;
                MatchRecord record = values != null && values.advanceExact(inLeaf)
                        ? MatchRecord.decode(values.binaryValue()) : stored(doc);
                return new Placed(record, place);
            }
        }

        /** An index written before entries carried a match record: read from the stored fields and analysed here. */
        private MatchRecord stored(int doc) throws IOException {
            Document d = searcher.storedFields().document(doc, CARD_FIELDS);
            String text = d.get(Fields.TEXT_RU) != null ? d.get(Fields.TEXT_RU) : d.get(Fields.TEXT_KK);
            String language = Analysis.KK.equals(d.get(Fields.LANGUAGE)) ? Analysis.KK : Analysis.RU;
            if (EntryType.CARD.id().equals(d.get(Fields.TYPE))) {
                return new MatchRecord(Arrays.asList(d.get(Fields.TYPE), language, text, d.get(Fields.CARD_NAME),
                        d.get(Fields.LEVEL), d.get(Fields.STANDARD_ID), d.get(Fields.STANDARD_TITLE),
                        d.get(Fields.STANDARD_CODE)));
            }
            String terms = String.join(" ", QueryFactory.terms(analysis.index(language), "text", text));
            return new MatchRecord(Arrays.asList(d.get(Fields.TYPE), d.get(Fields.KIND), language, text, terms));
        }

        private static Query anyOf(Map<String, Collection<String>> termsByLanguage) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int clauses = 0;
            for (Map.Entry<String, Collection<String>> e : termsByLanguage.entrySet()) {
                for (String term : e.getValue()) {
                    words.add(new TermQuery(new Term(Fields.textField(e.getKey()), term)), Occur.SHOULD);
                    clauses++;
                }
            }
            return clauses == 0 ? null : words.build();
        }
    }

    /** The ids of every document a query matches, in increasing order, without scores. */
    private static final class AllDocs implements CollectorManager<AllDocs.Ids, int[]> {
        static final class Ids extends SimpleCollector {
            private int[] docs = new int[64];
            private int count;
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) {
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, count * 2);
                }
                docs[count++] = docBase + doc;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Ids newCollector() {
            return new Ids();
        }

        @Override
        public int[] reduce(Collection<Ids> collectors) {
            int[] all = collectors.stream().flatMapToInt(ids -> Arrays.stream(ids.docs, 0, ids.count)).toArray();
            Arrays.sort(all);
            return all;
        }
    }
}
