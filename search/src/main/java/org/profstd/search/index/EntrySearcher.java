package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
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
            SearchResult result = run(searcher, text, queries.filtered(plan.query(), filters), Math.max(0, offset),
                    Math.max(1, limit));
            if (result.total() == 0 && !text.isBlank()) {
                QueryFactory.Plan relaxed = queries.plan(text, searcher.getIndexReader(), true);
                result = run(searcher, text, queries.filtered(relaxed.query(), filters), Math.max(0, offset),
                        Math.max(1, limit));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + text, e);
        } finally {
            index.release(searcher);
        }
    }

    private SearchResult run(IndexSearcher searcher, String text, Query query, int offset, int limit)
            throws IOException {
        FirstPassGroupingCollector<BytesRef> firstPass =
                new FirstPassGroupingCollector<>(new TermGroupSelector(Fields.GROUP), Sort.RELEVANCE, offset + limit);
        AllGroupsCollector<BytesRef> allGroups = new AllGroupsCollector<>(new TermGroupSelector(Fields.GROUP));
        FacetsCollector facets = new FacetsCollector();
        searcher.search(query, MultiCollector.wrap(firstPass, allGroups, facets));
        int total = allGroups.getGroupCount();
        List<SearchHit> hits = List.of();
        java.util.Collection<SearchGroup<BytesRef>> page = firstPass.getTopGroups(offset);
        if (page != null) {
            TopGroupsCollector<BytesRef> secondPass = new TopGroupsCollector<>(new TermGroupSelector(Fields.GROUP),
                    page, Sort.RELEVANCE, Sort.RELEVANCE, MAX_CARDS_PER_HIT, true);
            searcher.search(query, secondPass);
            hits = hits(searcher, query, secondPass.getTopGroups(0));
        }
        return new SearchResult(text, total, offset, hits, facets(searcher, facets), null);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopGroups<BytesRef> groups) throws IOException {
        GroupDocs<BytesRef>[] found = groups.groups;
        int[] heads = new int[found.length];
        for (int i = 0; i < found.length; i++) {
            heads[i] = found[i].scoreDocs[0].doc;
        }
        Map<String, String[]> highlights = highlighter(searcher).highlightFields(TEXT_FIELDS, query, heads,
                new int[] {1, 1});
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            String ru = highlights.get(Fields.TEXT_RU)[i];
            String highlight = ru != null ? ru : highlights.get(Fields.TEXT_KK)[i];
            hits.add(hit(searcher, found[i], highlight));
        }
        return hits;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        // offsets are in the postings, so the highlighter reads them there instead of analysing the stored text again
        return UnifiedHighlighter.builder(searcher, highlightAnalyzer).withHandleMultiTermQuery(false).build();
    }

    private static SearchHit hit(IndexSearcher searcher, GroupDocs<BytesRef> group, String highlight)
            throws IOException {
        List<CardRef> cards = new ArrayList<>();
        Document head = null;
        for (ScoreDoc doc : group.scoreDocs) {
            Document d = searcher.storedFields().document(doc.doc);
            head = head == null ? d : head;
            CardRef card = card(d);
            if (card != null && cards.stream().noneMatch(c -> c.id().equals(card.id()))) {
                cards.add(card);
            }
        }
        cards.sort(Comparator.comparing(CardRef::level, Comparator.nullsLast(Comparator.naturalOrder())));
        return hit(head, group.maxScore, highlight, cards);
    }

    static SearchHit hit(Document doc, float score, String highlight, List<CardRef> cards) {
        // a standard's entry holds its description and glossary too; its hit reads as its title
        String text = EntryType.STANDARD.id().equals(doc.get(Fields.TYPE)) ? doc.get(Fields.STANDARD_TITLE)
                : doc.get(Fields.TEXT_RU) != null ? doc.get(Fields.TEXT_RU) : doc.get(Fields.TEXT_KK);
        StandardRef standard = new StandardRef(doc.get(Fields.STANDARD_ID), doc.get(Fields.STANDARD_TITLE),
                doc.get(Fields.STANDARD_CODE));
        return new SearchHit(doc.get(Fields.TYPE), score, text, highlight, standard,
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
