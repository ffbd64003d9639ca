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
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
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
    private static final java.util.Set<String> CARD_FIELDS = java.util.Set.of(Fields.CARD_ID, Fields.CARD_NAME,
            Fields.LEVEL);

    private final StandardIndex index;
    private final QueryFactory queries;
    private final Analyzer highlightAnalyzer;
    private IndexReader facetReader;
    private DefaultSortedSetDocValuesReaderState facetState;

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
            SearchResult result = run(searcher, text, queries.filtered(plan.query(), filters), filters,
                    Math.max(0, offset), Math.max(1, limit));
            if (result.total() == 0 && text != null && !text.isBlank()) {
                QueryFactory.Plan relaxed = queries.plan(text, searcher.getIndexReader(), true);
                result = run(searcher, text, queries.filtered(relaxed.query(), filters), filters,
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
        GroupCollector groups = new GroupCollector(offset + limit);
        FacetsCollector facets = new FacetsCollector();
        searcher.search(query, MultiCollector.wrap(groups, facets));
        List<GroupCollector.Group> page = groups.page(offset);
        List<SearchHit> hits = page.isEmpty() ? List.of() : hits(searcher, query, filters, page);
        return new SearchResult(text, groups.total(), offset, hits, facets(searcher, facets), null);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, SearchFilters filters,
            List<GroupCollector.Group> page) throws IOException {
        List<Document> heads = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (GroupCollector.Group group : page) {
            heads.add(stored.document(group.doc()));
        }
        Map<Integer, String> highlights = highlights(searcher, query, page, heads);
        List<SearchHit> hits = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < page.size(); i++) {
            GroupCollector.Group group = page.get(i);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(group.doc(), leaves));
            hits.add(hit(heads.get(i), group.score(), highlights.get(group.doc()),
                    cardsOf(leaf, Fields.groupKey(heads.get(i)), filters)));
        }
        return hits;
    }

    /** The highlighted text of each hit, each in the one field of its language only. */
    private Map<Integer, String> highlights(IndexSearcher searcher, Query query, List<GroupCollector.Group> page,
            List<Document> heads) throws IOException {
        UnifiedHighlighter highlighter = highlighter(searcher);
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
     * The cards of a hit: the entries of its group, read from the postings of its key in the one segment that holds
     * it (see {@link GroupCollector}); they share the text, type, edition and so every filter but the level.
     */
    private static List<CardRef> cardsOf(LeafReaderContext leaf, String group, SearchFilters filters)
            throws IOException {
        PostingsEnum members = leaf.reader().postings(new Term(Fields.GROUP, group), PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        List<CardRef> cards = new ArrayList<>();
        for (int doc = members == null ? DocIdSetIterator.NO_MORE_DOCS : members.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS && cards.size() < MAX_CARDS_PER_HIT; doc = members.nextDoc()) {
            if (live == null || live.get(doc)) {
                CardRef card = card(stored.document(doc, CARD_FIELDS));
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

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        // offsets are in the postings, so the highlighter reads them there instead of analysing the stored text again
        return UnifiedHighlighter.builder(searcher, highlightAnalyzer).withHandleMultiTermQuery(false).build();
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

    private static CardRef card(Document doc) {
        return doc.get(Fields.CARD_ID) == null ? null : new CardRef(doc.get(Fields.CARD_ID),
                doc.get(Fields.CARD_NAME), doc.get(Fields.LEVEL) == null ? null : Integer.valueOf(doc.get(Fields.LEVEL)));
    }

    private static Map<String, Map<String, Integer>> emptyFacets() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        FACETS.forEach(dim -> counts.put(dim, Map.of()));
        return counts;
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        FACETS.forEach(dim -> counts.put(dim, new LinkedHashMap<>()));
        DefaultSortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : FACETS) {
            FacetResult result = topChildren(facets, dim);
            if (result != null) {
                List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
                if (dim.equals(Fields.FACET_LEVEL)) {
                    values.sort(Comparator.comparing(v -> levelOrder(v.label)));
                }
                values.forEach(v -> counts.get(dim).put(v.label, v.value.intValue()));
            }
        }
        return counts;
    }

    /** Levels in their order (2 before 10), whatever their counts. */
    private static double levelOrder(String label) {
        try {
            return Double.parseDouble(label);
        } catch (NumberFormatException notANumber) {
            return Double.MAX_VALUE;
        }
    }

    private static FacetResult topChildren(Facets facets, String dim) throws IOException {
        try {
            return facets.getTopChildren(MAX_FACET_VALUES, dim);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return null;
        }
    }

    /** The ordinal map of the facets is costly to build, so it is kept until the index changes. */
    private synchronized DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader != facetReader) {
            facetReader = reader;
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
            } catch (IllegalArgumentException noFacetsIndexedYet) {
                facetState = null;
            }
        }
        return facetState;
    }
}
