package org.profstd.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * What every interface asks of search, whichever engine answers: the index embedded in this process
 * ({@link SearchService}) or a search cluster. Both give the same answers for the same registry.
 */
public interface SearchBackend extends Closeable {
    /** The first page of hits. */
    default SearchResult search(String query, SearchFilters filters, int limit) {
        return search(query, filters, 0, limit);
    }

    /** The page of {@code limit} hits after the first {@code offset}, with facet counts over every match. */
    SearchResult search(String query, SearchFilters filters, int offset, int limit);

    /** Names of cards, functions and units that complete what a person types. */
    List<Suggestion> suggest(String prefix, int limit);

    /** The profession cards a CV or vacancy fits best, at most {@code limit}. */
    MatchResult match(String text, int limit);

    /** The gap between a text and a card; empty when no card has that id. */
    Optional<GapResult> gap(String text, String cardId);
}
