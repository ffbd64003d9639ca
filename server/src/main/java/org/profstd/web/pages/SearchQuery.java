package org.profstd.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.profstd.search.SearchFilters;
import org.profstd.web.HttpProblem;

/**
 * A search as the page's address holds it: the words, the facet filters (level, type, language, standard,
 * jurisdiction, status), whether earlier editions count, and which page of hits. Builds the links of the facets, each
 * of which sets its filter or, when it is already set, lifts it, and the links to the other pages.
 *
 * @param history true to search superseded and withdrawn editions too ({@code history=1})
 * @param offset  hits before the page shown
 */
public record SearchQuery(String q, Map<String, String> filters, boolean history, int offset) {
    /** Facet dimensions in the order the page shows them; also the names of their query parameters. */
    public static final List<String> DIMENSIONS = List.of("level", "type", "language", "standard", "jurisdiction",
            "status");
    /** Hits per page. */
    public static final int PAGE = 20;

    static SearchQuery of(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            String value = ctx.queryParam(dim);
            if (value != null && !value.isBlank()) {
                filters.put(dim, value.strip());
            }
        }
        String history = ctx.queryParam("history");
        return new SearchQuery(ctx.queryParamAsClass("q", String.class).getOrDefault("").strip(), filters,
                "1".equals(history) || "true".equals(history), number(ctx.queryParam("offset"), "offset"));
    }

    SearchFilters searchFilters() {
        String level = filters.get("level");
        return new SearchFilters(level == null ? null : number(level, "level"), filters.get("standard"),
                filters.get("language"), filters.get("type"), filters.get("jurisdiction"), filters.get("status"),
                history);
    }

    private static int number(String value, String name) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpProblem.invalid(name + " must be a whole number of 0 or more, not '" + value + "'");
    }

    public boolean isSelected(String dim, String value) {
        return value.equals(filters.get(dim));
    }

    /** The address of this search with one filter set, or lifted when it is already set to this value; first page. */
    public String toggled(String dim, String value) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (isSelected(dim, value)) {
            next.remove(dim);
        } else {
            next.put(dim, value);
        }
        return address(next, history, 0);
    }

    /** The address of this search with earlier editions counted or not; first page. */
    public String withHistory(boolean withHistory) {
        return address(filters, withHistory, 0);
    }

    /** The address of the page of hits that starts after {@code newOffset} hits. */
    public String page(int newOffset) {
        return address(filters, history, newOffset);
    }

    /** The offsets of the pages around this one, for the page links: at most two on each side, first and last. */
    public List<Integer> pageOffsets(long total) {
        int last = total == 0 ? 0 : (int) ((total - 1) / PAGE) * PAGE;
        int current = offset / PAGE * PAGE;
        return java.util.stream.IntStream.rangeClosed(0, last / PAGE).map(p -> p * PAGE)
                .filter(o -> o == 0 || o == last || Math.abs(o - current) <= 2 * PAGE).boxed().toList();
    }

    private String address(Map<String, String> with, boolean withHistory, int newOffset) {
        String params = with.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/search?q=" + enc(q) + (params.isEmpty() ? "" : "&" + params) + (withHistory ? "&history=1" : "")
                + (newOffset > 0 ? "&offset=" + newOffset : "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
