package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.profstd.registry.StandardSummary;
import org.profstd.search.SearchResult;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * Search results with highlights, page by page, and facets (level, type, language, standard, jurisdiction, status)
 * whose links filter them.
 */
final class SearchPage {
    private final Services services;
    private final Templates templates;

    SearchPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        SearchQuery query = SearchQuery.of(ctx);
        SearchResult result = query.q().isEmpty() ? null
                : services.search().search(query.q(), query.searchFilters(), query.offset(), SearchQuery.PAGE);
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
        params.put("result", result);
        params.put("standards", standards());
        templates.render(ctx, "search.jte", params);
    }

    /** The standards by id: the standard facet names them, and each hit takes the language of its standard. */
    private Map<String, StandardSummary> standards() {
        return services.registry().list().stream().collect(Collectors.toMap(s -> String.valueOf(s.id()), s -> s,
                (a, b) -> a));
    }
}
