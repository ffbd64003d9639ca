package org.profstd.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.MatchRecord;
import org.profstd.search.match.CardSource;

/**
 * The cards of a Solr collection, for the project's own matcher: the same reads the embedded index answers, as Solr
 * queries over the same fields (scored with the collection's global statistics, so the same BM25). What does not
 * change between pushes is kept here, per generation of the collection: the items' term frequencies (one request to
 * the terms component) and the cards' entries read so far.
 */
public final class SolrCards implements CardSource {
    /** Cards whose entries are kept; the least recently used go first. */
    private static final int CACHED_CARDS = 20_000;
    private static final int MAX_ENTRIES = 100_000;

    private final SolrCollection collection;
    private volatile Generation current;

    public SolrCards(SolrCollection collection) {
        this.collection = collection;
    }

    @Override
    public View open() {
        return new SolrView(generation());
    }

    /** What the collection holds now, known by the horizon of its last push; the same object until that changes. */
    private synchronized Generation generation() {
        String key = collection.generation();
        if (current == null || !current.key.equals(key)) {
            current = new Generation(key);
        }
        return current;
    }

    private final class Generation {
        private final String key;
        private volatile Map<String, Integer> itemFrequencies;
        private volatile long items = -1;
        private final Map<String, List<MatchRecord>> cards = Collections.synchronizedMap(
                new LinkedHashMap<>(1024, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, List<MatchRecord>> eldest) {
                        return size() > CACHED_CARDS;
                    }
                });

        Generation(String key) {
            this.key = key;
        }

        synchronized Map<String, Integer> frequencies() {
            if (itemFrequencies == null) {
                SolrQuery terms = new SolrQuery();
                terms.setRequestHandler("/terms");
                terms.setTerms(true);
                terms.addTermsField(Fields.ITEM_TERM);
                terms.setTermsLimit(-1);
                terms.setTermsMinCount(1);
                terms.setTermsSortString("index");
                QueryResponse response = collection.query(terms);
                Map<String, Integer> counts = new HashMap<>();
                NamedList<?> fields = (NamedList<?>) response.getResponse().get("terms");
                NamedList<?> byTerm = fields == null ? null : (NamedList<?>) fields.get(Fields.ITEM_TERM);
                if (byTerm != null) {
                    for (int i = 0; i < byTerm.size(); i++) {
                        counts.put(byTerm.getName(i), ((Number) byTerm.getVal(i)).intValue());
                    }
                }
                itemFrequencies = counts;
            }
            return itemFrequencies;
        }

        synchronized long itemCount() {
            if (items < 0) {
                items = collection.query(new SolrQuery(Fields.ITEM_TERM + ":[* TO *]").setRows(0)).getResults()
                        .getNumFound();
            }
            return items;
        }
    }

    private final class SolrView implements View {
        private final Generation generation;

        SolrView(Generation generation) {
            this.generation = generation;
        }

        @Override
        public List<ItemHit> items(Collection<String> terms, int limit) {
            SolrQuery query = anyTerm(terms.stream().map(t -> Map.entry(Fields.ITEM_TERM, t)).toList());
            query.addFilterQuery(term(Fields.STATUS, IndexedStandard.CURRENT));
            query.setFields(Fields.CARD_ID, "score").setRows(limit);
            List<ItemHit> hits = new ArrayList<>();
            for (SolrDocument doc : collection.query(query).getResults()) {
                Object card = doc.getFirstValue(Fields.CARD_ID);
                if (card != null) {
                    hits.add(new ItemHit(card.toString(), ((Number) doc.getFirstValue("score")).doubleValue()));
                }
            }
            return hits;
        }

        @Override
        public List<String> cardsByName(Map<String, Collection<String>> termsByLanguage, int cards) {
            List<Map.Entry<String, String>> terms = new ArrayList<>();
            termsByLanguage.forEach((language, words) -> words.forEach(
                    w -> terms.add(Map.entry(Fields.textField(language), w))));
            if (terms.isEmpty()) {
                return List.of();
            }
            SolrQuery query = anyTerm(terms);
            query.addFilterQuery(term(Fields.TYPE, EntryType.CARD.id()), term(Fields.STATUS, IndexedStandard.CURRENT));
            query.setFields(Fields.CARD_ID).setRows(cards);
            return collection.query(query).getResults().stream().map(d -> d.getFirstValue(Fields.CARD_ID))
                    .filter(Objects::nonNull).map(Object::toString).toList();
        }

        @Override
        public List<MatchRecord> entries(String cardId) {
            List<MatchRecord> known = generation.cards.get(cardId);
            if (known != null) {
                return known;
            }
            // read outside the cache's lock: postings matched in parallel read their cards at the same time
            List<MatchRecord> read = read(cardId);
            generation.cards.putIfAbsent(cardId, read);
            return read;
        }

        private List<MatchRecord> read(String cardId) {
            SolrQuery query = new SolrQuery(term(Fields.CARD_ID, cardId));
            query.addFilterQuery("{!terms f=" + Fields.TYPE + "}" + EntryType.ITEM.id() + "," + EntryType.CARD.id());
            query.setFields(Fields.MATCH, SolrDocuments.ORDINAL).setRows(MAX_ENTRIES);
            List<SolrDocument> docs = new ArrayList<>(collection.query(query).getResults());
            docs.sort((a, b) -> Integer.compare(((Number) a.getFirstValue(SolrDocuments.ORDINAL)).intValue(),
                    ((Number) b.getFirstValue(SolrDocuments.ORDINAL)).intValue()));
            List<MatchRecord> entries = new ArrayList<>();
            for (SolrDocument doc : docs) {
                Object record = doc.getFirstValue(Fields.MATCH);
                if (record != null) {
                    entries.add(MatchRecord.decode(new org.apache.lucene.util.BytesRef(record.toString())));
                }
            }
            return List.copyOf(entries);
        }

        @Override
        public Object generation() {
            return generation;
        }

        @Override
        public long itemCount() {
            return generation.itemCount();
        }

        @Override
        public int itemFrequency(String term) {
            return generation.frequencies().getOrDefault(term, 0);
        }

        @Override
        public void close() {
            // nothing held: every read is its own request
        }
    }

    /** A query scoring documents by any of the exact terms (field, term), each a Lucene term query as embedded. */
    private static SolrQuery anyTerm(List<Map.Entry<String, String>> terms) {
        SolrQuery query = new SolrQuery();
        StringBuilder should = new StringBuilder("{!bool");
        for (int i = 0; i < terms.size(); i++) {
            should.append(" should=$t").append(i);
            query.set("t" + i, term(terms.get(i).getKey(), terms.get(i).getValue()));
        }
        query.setQuery(should.append('}').toString());
        return query;
    }

    /** One exact term of a field, whatever characters it holds. */
    static String term(String field, String value) {
        return "{!term f=" + field + " v='" + value.replace("\\", "\\\\").replace("'", "\\'") + "'}";
    }
}
