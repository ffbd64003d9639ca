package org.profstd.services;

import java.util.List;
import java.util.Map;

/**
 * One page of the catalog: {@code total} standards passed the filter, these are the ones from {@code offset}.
 * {@code facets} counts, per dimension ({@link CatalogListing#DIMENSIONS}), the standards each value would give with
 * the other filters kept.
 */
public record CatalogPage(int total, int limit, int offset, List<CatalogEntry> standards,
        Map<String, Map<String, Integer>> facets) {
    public CatalogPage {
        standards = List.copyOf(standards);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    public boolean hasNext() {
        return offset + limit < total;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
