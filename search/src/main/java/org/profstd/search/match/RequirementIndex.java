package org.profstd.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.profstd.search.CardRef;
import org.profstd.search.StandardRef;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.MatchRecord;
import org.profstd.search.index.QueryFactory;

/**
 * What matching reads from the Lucene index, and only that: the cards whose requirements share the most words with a
 * text (items found by their terms, grouped by the card id's doc values), the cards whose names share words with a
 * title, and one card with its requirements as stored (text, kind, language, analysed terms) by a query on its id.
 */
final class RequirementIndex {
    private static final Set<String> CARD_FIELDS = Set.of(Fields.TYPE, Fields.KIND, Fields.TEXT_RU, Fields.TEXT_KK,
            Fields.LANGUAGE, Fields.CARD_ID, Fields.CARD_NAME, Fields.LEVEL, Fields.STANDARD_ID,
            Fields.STANDARD_TITLE, Fields.STANDARD_CODE);

    /** A card with what matching needs of it. */
    record IndexedCard(StandardRef standard, CardRef card, String language, List<String> names,
            List<Requirement> requirements) {
    }

    private final IndexSearcher searcher;
    private final Analysis analysis;

    RequirementIndex(IndexSearcher searcher, Analysis analysis) {
        this.searcher = searcher;
        this.analysis = analysis;
    }

    /**
     * The cards of current editions whose items best answer the terms, best first: the top items by the rarity of
     * the terms they share (the items' own term field, which only items have, so no filter on the entry type), each
     * card scored by the sum of its items' scores.
     */
    List<String> cardsByItems(Map<String, Collection<String>> termsByLanguage, int items, int cards) {
        Set<String> distinct = new LinkedHashSet<>();
        termsByLanguage.values().forEach(distinct::addAll);
        if (distinct.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        distinct.forEach(t -> words.add(new TermQuery(new Term(Fields.ITEM_TERM, t)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.FILTER).build();
        try {
            Map<String, Double> byCard = new HashMap<>();
            ScoreDoc[] docs = searcher.search(query, items).scoreDocs;
            Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
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
                    byCard.merge(values.lookupOrd(values.ordValue()).utf8ToString(), (double) doc.score, Double::sum);
                }
            }
            return byCard.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(cards).map(Map.Entry::getKey).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("match failed", e);
        }
    }

    /** The cards of current editions whose names (name, other names, job titles) best answer the terms. */
    List<String> cardsByName(Map<String, Collection<String>> termsByLanguage, int cards) {
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

    /** A card with its distinct requirements, in the order of the card; empty when no card has the id. */
    Optional<IndexedCard> card(String cardId) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.CARD_ID, cardId)), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Fields.TYPE, EntryType.ITEM.id())), Occur.SHOULD)
                        .add(new TermQuery(new Term(Fields.TYPE, EntryType.CARD.id())), Occur.SHOULD).build(),
                        Occur.FILTER).build();
        try {
            int count = searcher.count(query);
            if (count == 0) {
                return Optional.empty();
            }
            ScoreDoc[] docs = searcher.search(query, count).scoreDocs;
            Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
            Records records = new Records();
            List<MatchRecord> inOrder = new ArrayList<>();
            for (ScoreDoc doc : docs) {
                inOrder.add(records.get(doc.doc));
            }
            // the index keeps an edition's entries by group; their place in the edition gives the card's order back
            long[] positions = records.positions();
            Integer[] order = new Integer[inOrder.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(positions[a], positions[b]));
            Map<String, Requirement> requirements = new LinkedHashMap<>();
            MatchRecord card = null;
            for (int i : order) {
                MatchRecord entry = inOrder.get(i);
                if (EntryType.CARD.id().equals(entry.get(0))) {
                    card = entry;
                } else if (entry.get(3) != null) {
                    requirements.putIfAbsent(entry.get(3), new Requirement(entry.get(3), entry.get(1),
                            language(entry.get(2)), terms(entry.get(4))));
                }
            }
            return card == null ? Optional.empty() : Optional.of(indexedCard(cardId, card, requirements));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read card " + cardId, e);
        }
    }

    private static IndexedCard indexedCard(String cardId, MatchRecord card, Map<String, Requirement> requirements) {
        StandardRef standard = new StandardRef(card.get(5), card.get(6), card.get(7));
        String level = card.get(4);
        CardRef ref = new CardRef(cardId, card.get(3), level == null ? null : Integer.valueOf(level));
        List<String> names = card.get(2) == null ? List.of() : names(card.get(2));
        return new IndexedCard(standard, ref, language(card.get(1)),
                names.isEmpty() && ref.name() != null ? List.of(ref.name()) : names, List.copyOf(requirements.values()));
    }

    /**
     * The match records of entries read in increasing document order: one doc-value iterator per index segment, which
     * only moves forward.
     */
    private final class Records {
        private final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        private int leafIndex = -1;
        private BinaryDocValues values;
        private NumericDocValues places;
        private long[] positions = new long[16];
        private int read;

        MatchRecord get(int doc) throws IOException {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(Fields.MATCH);
                places = leaves.get(leaf).reader().getNumericDocValues(Fields.POSITION);
            }
            if (read == positions.length) {
                positions = Arrays.copyOf(positions, read * 2);
            }
            int inLeaf = doc - leaves.get(leaf).docBase;
            positions[read++] = places != null && places.advanceExact(inLeaf) ? places.longValue() : doc;
            if (values != null && values.advanceExact(inLeaf)) {
                return MatchRecord.decode(values.binaryValue());
            }
            return stored(doc);
        }

        /** The place in its edition of every entry read, in the order they were read. */
        long[] positions() {
            return Arrays.copyOf(positions, read);
        }
    }

    /** An index written before entries carried a match record: read from the stored fields and analysed here. */
    private MatchRecord stored(int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, CARD_FIELDS);
        String text = d.get(Fields.TEXT_RU) != null ? d.get(Fields.TEXT_RU) : d.get(Fields.TEXT_KK);
        String language = language(d.get(Fields.LANGUAGE));
        if (EntryType.CARD.id().equals(d.get(Fields.TYPE))) {
            return new MatchRecord(Arrays.asList(d.get(Fields.TYPE), language, text, d.get(Fields.CARD_NAME),
                    d.get(Fields.LEVEL), d.get(Fields.STANDARD_ID), d.get(Fields.STANDARD_TITLE),
                    d.get(Fields.STANDARD_CODE)));
        }
        String terms = String.join(" ", QueryFactory.terms(analysis.index(language), "text", text));
        return new MatchRecord(Arrays.asList(d.get(Fields.TYPE), d.get(Fields.KIND), language, text, terms));
    }

    private static String language(String language) {
        return Analysis.KK.equals(language) ? Analysis.KK : Analysis.RU;
    }

    private static List<String> terms(String terms) {
        return terms == null || terms.isBlank() ? List.of() : List.of(terms.split(" "));
    }

    /** A card entry's text is its name, other names and job titles separated by "; ". */
    private static List<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : text.split(";")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return List.copyOf(names);
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
