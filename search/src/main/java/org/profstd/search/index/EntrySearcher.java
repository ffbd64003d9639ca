package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.profstd.search.CardRef;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHint;
import org.profstd.search.SearchHit;
import org.profstd.search.SearchResult;
import org.profstd.search.StandardRef;

/**
 * Runs a search over the index: one page of hits with highlights, a text shared by several cards of an edition being
 * one hit, and facet counts over every entry that matched.
 */
public final class EntrySearcher {
    private static final List<String> FACETS = List.of(Fields.FACET_LEVEL, Fields.FACET_TYPE, Fields.FACET_LANGUAGE,
            Fields.FACET_STANDARD, Fields.FACET_JURISDICTION, Fields.FACET_STATUS);
    private static final int MAX_FACET_VALUES = 1000;
    /** Cards listed per hit: a text repeated at every level of every profession of a standard stays readable. */
    private static final int MAX_CARDS_PER_HIT = 50;
    private static final String[] TEXT_FIELDS = {Fields.TEXT_RU, Fields.TEXT_KK};
    /** The stored fields a hit shows: the rest of an entry's stored fields are not decoded. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.TYPE, Fields.STANDARD_ID,
            Fields.STANDARD_TITLE, Fields.STANDARD_CODE, Fields.TEXT_RU, Fields.TEXT_KK);

    private final StandardIndex index;
    private final QueryFactory queries;
    private final Analyzer highlightAnalyzer;
    private final StandardOrdinals.Cache standards = new StandardOrdinals.Cache();
    private final PerSegment<FixedBitSet> groupStarts = new PerSegment<>(GroupStarts::of);

    public EntrySearcher(StandardIndex index) {
        this.index = index;
        this.queries = new QueryFactory(index.analysis());
        this.highlightAnalyzer = index.analysis().perField(Fields.TEXT_FIELDS);
    }

    public SearchResult search(String text, SearchFilters filters, int offset, int limit) {
        IndexSearcher searcher = index.acquire();
        try {
            QueryFactory.Plan plan = queries.plan(text, searcher.getIndexReader());
            if (plan.query() == null) {
                return new SearchResult(text, 0, offset, List.of(), emptyFacets(), plan.hint());
            }
            SearchResult result = run(searcher, text, queries.filtered(plan.query(), filters, searcher.getIndexReader()), filters,
                    Math.max(0, offset), Math.max(1, limit));
            if (result.total() == 0 && text != null && !text.isBlank()) {
                QueryFactory.Plan relaxed = queries.plan(text, searcher.getIndexReader(), true);
                result = run(searcher, text, queries.filtered(relaxed.query(), filters, searcher.getIndexReader()), filters,
                        Math.max(0, offset), Math.max(1, limit));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + text, e);
        } finally {
            index.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, String text, Query query, SearchFilters filters, int offset,
            int limit) throws IOException {
        SearchCollectors.Collected collected = searcher.search(query,
                new SearchCollectors(offset + limit, offset, standards.of(searcher.getIndexReader()), MAX_FACET_VALUES,
                        groupStarts));
        List<GroupCollector.Group> page = collected.page();
        List<SearchHit> hits = page.isEmpty() ? List.of() : hits(searcher, query, filters, page);
        return new SearchResult(text, collected.total(), offset, hits, facets(collected.facets()), null);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, SearchFilters filters,
            List<GroupCollector.Group> page) throws IOException {
        List<Document> heads = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (GroupCollector.Group group : page) {
            heads.add(stored.document(group.doc(), HIT_FIELDS));
        }
        Map<Integer, String> highlights = highlights(searcher, query, page, heads);
        List<SearchHit> hits = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < page.size(); i++) {
            GroupCollector.Group group = page.get(i);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(group.doc(), leaves));
            hits.add(hit(heads.get(i), group.score(), highlights.get(group.doc()),
                    cardsOf(leaf, group.doc() - leaf.docBase, filters)));
        }
        return hits;
    }

    /** The highlighted text of each hit, each in the one field of its language only. */
    private Map<Integer, String> highlights(IndexSearcher searcher, Query query, List<GroupCollector.Group> page,
            List<Document> heads) throws IOException {
        // an entry has the text field of its language only, so its text is the one its highlighting reads
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            String ru = heads.get(i).get(Fields.TEXT_RU);
            texts.put(page.get(i).doc(), ru != null ? ru : heads.get(i).get(Fields.TEXT_KK));
        }
        UnifiedHighlighter highlighter = new ReadTextsHighlighter(
                UnifiedHighlighter.builder(searcher, highlightAnalyzer).withHandleMultiTermQuery(false), texts);
        Map<Integer, String> highlights = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            int[] docs = java.util.stream.IntStream.range(0, page.size()).filter(i -> heads.get(i).get(field) != null)
                    .map(i -> page.get(i).doc()).toArray();
            if (docs.length > 0) {
                String[] found = highlighter.highlightFields(new String[] {field}, query, docs, new int[] {1})
                        .get(field);
                for (int i = 0; i < docs.length; i++) {
                    highlights.put(docs[i], found[i]);
                }
            }
        }
        return highlights;
    }

    /**
     * The cards of a hit: the entries of its group, which are adjacent in the one segment that holds it (see
     * {@link GroupCollector}) and start at the hit, the first of them the query found. They share the text, type and
     * edition, so every filter but the level; an entry of the group before the hit was left out by the level filter,
     * as it is here.
     */
    private static List<CardRef> cardsOf(LeafReaderContext leaf, int hit, SearchFilters filters)
            throws IOException {
        SortedDocValues groups = DocValues.getSorted(leaf.reader(), Fields.GROUP);
        if (!groups.advanceExact(hit)) {
            return List.of();
        }
        int group = groups.ordValue();
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues refs = DocValues.getSorted(leaf.reader(), Fields.CARD_REF);
        List<CardRef> cards = new ArrayList<>();
        int end = leaf.reader().maxDoc();
        for (int doc = hit; doc < end && cards.size() < MAX_CARDS_PER_HIT; doc++) {
            if (doc > hit && (!groups.advanceExact(doc) || groups.ordValue() != group)) {
                break;
            }
            if ((live == null || live.get(doc)) && refs.advanceExact(doc)) {
                CardRef card = Fields.cardOf(refs.lookupOrd(refs.ordValue()).utf8ToString());
                if (card != null && (filters.level() == null || filters.level().equals(card.level()))
                        && cards.stream().noneMatch(c -> c.id().equals(card.id()))) {
                    cards.add(card);
                }
            }
        }
        cards.sort(Comparator.comparing(CardRef::level, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CardRef::id));
        return cards;
    }

    static SearchHit hit(Document doc, float score, String highlight, List<CardRef> cards) {
        // a standard's entry holds its description and glossary too; its hit reads as its title
        String text = EntryType.STANDARD.id().equals(doc.get(Fields.TYPE)) ? doc.get(Fields.STANDARD_TITLE)
                : doc.get(Fields.TEXT_RU) != null ? doc.get(Fields.TEXT_RU) : doc.get(Fields.TEXT_KK);
        StandardRef standard = new StandardRef(doc.get(Fields.STANDARD_ID), doc.get(Fields.STANDARD_TITLE),
                doc.get(Fields.STANDARD_CODE));
        // a hit found by its code has no matched word: its text is its highlight
        return new SearchHit(doc.get(Fields.TYPE), score, text, highlight == null ? text : highlight, standard,
                cards.isEmpty() ? null : cards.get(0), cards);
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        FACETS.forEach(dim -> counts.put(dim, Map.of()));
        return counts;
    }

    /**
     * The facet counts: levels in their order (2 before 10), the other values most frequent first, at most
     * {@value #MAX_FACET_VALUES} per dimension.
     */
    private static Map<String, Map<String, Integer>> facets(FacetCounter.Counts counted) {
        Map<String, Map<String, Integer>> byValue = new HashMap<>();
        FACETS.forEach(dim -> byValue.put(dim, new HashMap<>()));
        counted.byKey().forEach((key, count) -> {
            String[] values = FacetKey.values(key);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    byValue.get(FacetKey.DIMENSIONS.get(i)).merge(values[i], count, Integer::sum);
                }
            }
        });
        byValue.put(Fields.FACET_STANDARD, counted.byStandard());
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dim : FACETS) {
            List<Map.Entry<String, Integer>> kept = mostFrequent(byValue.get(dim), MAX_FACET_VALUES);
            if (dim.equals(Fields.FACET_LEVEL)) {
                kept.sort(Comparator.comparingDouble(e -> levelOrder(e.getKey())));
            }
            Map<String, Integer> values = new LinkedHashMap<>();
            kept.forEach(e -> values.put(e.getKey(), e.getValue()));
            counts.put(dim, values);
        }
        return counts;
    }

    private static final Comparator<Map.Entry<String, Integer>> MOST_FREQUENT_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * The {@code limit} most frequent values, most frequent first. A broad query on a large registry counts thousands
     * of standards, so only those at or above the count of the {@code limit}-th are sorted.
     */
    private static List<Map.Entry<String, Integer>> mostFrequent(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> values = new ArrayList<>(counts.entrySet());
        if (values.size() > limit) {
            int[] frequencies = values.stream().mapToInt(Map.Entry::getValue).toArray();
            java.util.Arrays.sort(frequencies);
            int least = frequencies[frequencies.length - limit];
            values.removeIf(value -> value.getValue() < least);
        }
        values.sort(MOST_FREQUENT_FIRST);
        return values.size() > limit ? new ArrayList<>(values.subList(0, limit)) : values;
    }

    /** Levels in their order (2 before 10), whatever their counts. */
    private static double levelOrder(String label) {
        try {
            return Double.parseDouble(label);
        } catch (NumberFormatException notANumber) {
            return Double.MAX_VALUE;
        }
    }
}
