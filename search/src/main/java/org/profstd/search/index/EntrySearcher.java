package org.profstd.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.profstd.search.CardRef;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHit;
import org.profstd.search.SearchResult;
import org.profstd.search.StandardRef;

/** Runs a search over the index: the best hits with highlights, and facet counts over everything that matched. */
public final class EntrySearcher {
    private static final List<String> FACETS = List.of(Fields.FACET_LEVEL, Fields.FACET_TYPE, Fields.FACET_LANGUAGE,
            Fields.FACET_STANDARD);
    private static final int MAX_FACET_VALUES = 1000;
    private static final String[] TEXT_FIELDS = {Fields.TEXT_RU, Fields.TEXT_KK};

    private final StandardIndex index;
    private final QueryFactory queries;
    private IndexReader facetReader;
    private DefaultSortedSetDocValuesReaderState facetState;

    public EntrySearcher(StandardIndex index) {
        this.index = index;
        this.queries = new QueryFactory(index.analysis());
    }

    public SearchResult search(String text, SearchFilters filters, int limit) {
        Query query = queries.filtered(queries.text(text), filters);
        IndexSearcher searcher = index.acquire();
        try {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            List<SearchHit> hits = hits(searcher, query, top, limit);
            return new SearchResult(text, top.totalHits.value, hits, facets(searcher, result.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + text, e);
        } finally {
            index.release(searcher);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top, int limit) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analysis().perField(Fields.TEXT_FIELDS))
                .withHandleMultiTermQuery(true).build();
        Map<String, String[]> highlights = highlighter.highlightFields(TEXT_FIELDS, query, top);
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = 0; i < docs.length && i < limit; i++) {
            Document doc = searcher.storedFields().document(docs[i].doc);
            String ru = highlights.get(Fields.TEXT_RU)[i];
            String highlight = ru != null ? ru : highlights.get(Fields.TEXT_KK)[i];
            hits.add(hit(doc, docs[i].score, highlight));
        }
        return hits;
    }

    static SearchHit hit(Document doc, float score, String highlight) {
        String text = doc.get(Fields.TEXT_RU) != null ? doc.get(Fields.TEXT_RU) : doc.get(Fields.TEXT_KK);
        StandardRef standard = new StandardRef(doc.get(Fields.STANDARD_ID), doc.get(Fields.STANDARD_TITLE),
                doc.get(Fields.STANDARD_CODE));
        CardRef card = doc.get(Fields.CARD_ID) == null ? null : new CardRef(doc.get(Fields.CARD_ID),
                doc.get(Fields.CARD_NAME), doc.get(Fields.LEVEL) == null ? null : Integer.valueOf(doc.get(Fields.LEVEL)));
        return new SearchHit(doc.get(Fields.TYPE), score, text, highlight, standard, card);
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
                for (LabelAndValue value : result.labelValues) {
                    counts.get(dim).put(value.label, value.value.intValue());
                }
            }
        }
        return counts;
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
