package org.profstd.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: one page of hits and, over every entry that matched, counts per level (in level order),
 * type, language, standard id, jurisdiction and status ({@code facets.level."5" = 12}).
 *
 * @param total  the number of hits over all pages (a text shared by several cards is one hit)
 * @param offset the number of hits before this page
 * @param hint   why nothing could be searched for, or null
 */
public record SearchResult(String query, long total, int offset, List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets, SearchHint hint) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
