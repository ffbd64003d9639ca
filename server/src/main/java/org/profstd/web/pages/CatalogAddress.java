package org.profstd.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.services.CatalogListing;
import org.profstd.services.CatalogQuery;
import org.profstd.services.StandardFilter;

/**
 * The catalog as its address holds it: filters named as the query parameters of {@code /api/v1/standards}, the
 * order and the window. Builds the links of facets, sort choices and pages, each a full address of the catalog.
 */
public record CatalogAddress(Map<String, String> filters, String sort, int limit, int offset) {
    public static final int PAGE_SIZE = 20;
    /** The filters a facet can set, and {@code area}, the words typed into the catalog's own box. */
    static final List<String> FILTERS = java.util.stream.Stream.concat(CatalogListing.DIMENSIONS.stream(),
            java.util.stream.Stream.of("area")).toList();
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "jurisdiction", Jurisdiction.written(), "language", Language.written(),
            "status", List.of("current", "superseded", "withdrawn"));

    static CatalogAddress of(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                String v = value.strip();
                if (ALLOWED.containsKey(name) && !ALLOWED.get(name).contains(v)) {
                    throw PageProblem.invalid("error.badChoice", name, v, String.join(", ", ALLOWED.get(name)));
                }
                filters.put(name, v);
            }
        }
        String sort = ctx.queryParam("sort");
        if (sort != null && !CatalogQuery.SORTS.contains(sort)) {
            throw PageProblem.invalid("error.badChoice", "sort", sort, String.join(", ", CatalogQuery.SORTS));
        }
        int limit = number(ctx, "limit", 1, CatalogQuery.MAX_LIMIT, PAGE_SIZE);
        int offset = number(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        if (filters.containsKey("level")) {
            number(ctx, "level", 1, 9, 0);
        }
        return new CatalogAddress(filters, sort == null ? "code" : sort, limit, offset);
    }

    CatalogQuery query() {
        String level = filters.get("level");
        StandardFilter filter = new StandardFilter(filters.get("jurisdiction"), filters.get("language"),
                level == null ? null : Integer.valueOf(level), filters.get("oked"), filters.get("status"),
                filters.get("okz"), filters.get("area"));
        return new CatalogQuery(filter, sort, limit, offset);
    }

    public boolean isSelected(String dimension, String value) {
        return value.equals(filters.get(dimension));
    }

    public String area() {
        return filters.getOrDefault("area", "");
    }

    /** This catalog with one filter set, or lifted when it is set to this value; back on the first page. */
    public String toggled(String dimension, String value) {
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (isSelected(dimension, value)) {
            next.remove(dimension);
        } else {
            next.put(dimension, value);
        }
        return address(next, sort, 0);
    }

    /** This catalog in another order, from the first page. */
    public String sorted(String order) {
        return address(filters, order, 0);
    }

    /** This catalog from another standard on. */
    public String from(int newOffset) {
        return address(filters, sort, Math.max(0, newOffset));
    }

    /** The filters other than {@code area}, for the hidden fields of the catalog's search box. */
    public Map<String, String> facetFilters() {
        Map<String, String> rest = new LinkedHashMap<>(filters);
        rest.remove("area");
        return rest;
    }

    private String address(Map<String, String> with, String order, int from) {
        Map<String, String> params = new LinkedHashMap<>(with);
        if (!order.equals("code")) {
            params.put("sort", order);
        }
        if (limit != PAGE_SIZE) {
            params.put("limit", String.valueOf(limit));
        }
        if (from > 0) {
            params.put("offset", String.valueOf(from));
        }
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return "/standards" + (query.isEmpty() ? "" : "?" + query);
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below, with the range
        }
        throw PageProblem.invalid("error.badNumber", name, value, String.valueOf(min), String.valueOf(max));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
