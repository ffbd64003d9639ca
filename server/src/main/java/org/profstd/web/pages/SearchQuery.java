package org.profstd.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.profstd.search.SearchFilters;
import org.profstd.web.HttpProblem;

/**
 * A search as the page's address holds it: the words and the facet filters (level, type, language, standard).
 * Builds the links of the facets, each of which sets its filter or, when it is already set, lifts it.
 */
public record SearchQuery(String q, Map<String, String> filters) {
    /** Facet dimensions in the order the page shows them; also the names of their query parameters. */
    public static final java.util.List<String> DIMENSIONS = java.util.List.of("level", "type", "language", "standard");

    static SearchQuery of(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            String value = ctx.queryParam(dim);
            if (value != null && !value.isBlank()) {
                filters.put(dim, value.strip());
            }
        }
        return new SearchQuery(ctx.queryParamAsClass("q", String.class).getOrDefault("").strip(), filters);
    }

    SearchFilters searchFilters() {
        String level = filters.get("level");
        Integer levelNumber = null;
        if (level != null) {
            try {
                levelNumber = Integer.valueOf(level);
            } catch (NumberFormatException e) {
                throw HttpProblem.invalid("level must be a number, not '" + level + "'");
            }
        }
        return new SearchFilters(levelNumber, filters.get("standard"), filters.get("language"), filters.get("type"), false);
    }

    public boolean isSelected(String dim, String value) {
        return value.equals(filters.get(dim));
    }

    /** The address of this search with one filter set, or lifted when it is already set to this value. */
    public String toggled(String dim, String value) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (isSelected(dim, value)) {
            next.remove(dim);
        } else {
            next.put(dim, value);
        }
        return address(next);
    }

    private String address(Map<String, String> with) {
        String params = with.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/search?q=" + enc(q) + (params.isEmpty() ? "" : "&" + params);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
