package org.profstd.bench;

import java.io.IOException;
import java.util.List;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchService;
import org.profstd.search.index.IndexedStandard;

/** The search module as the registry uses it: Lucene entries with facets and highlights, and the card matcher. */
final class LuceneEngine implements SearchEngine {
    private final SearchService service = new SearchService();

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public void load(List<IndexedStandard> editions) {
        service.putAll(editions);
        // the first match reads the matcher's caches (term rarities of the new index); that belongs to loading, not
        // to the first measured match
        service.match("", 1);
    }

    @Override
    public List<Found> search(String query, int limit) {
        return service.search(query, SearchFilters.NONE, limit).hits().stream()
                .map(hit -> new Found(hit.standard().title(), hit.card() == null ? null : hit.card().id()))
                .toList();
    }

    @Override
    public List<Found> match(String text, int limit) {
        return service.match(text, limit).matches().stream()
                .map(match -> new Found(match.standard().title(), match.card().id()))
                .toList();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
