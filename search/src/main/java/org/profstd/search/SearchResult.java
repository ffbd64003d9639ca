package org.profstd.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the best hits and, over everything that matched, counts per level, type, language and
 * standard id ({@code facets.level."5" = 12}).
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
