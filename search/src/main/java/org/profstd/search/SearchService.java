package org.profstd.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntrySearcher;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.StandardIndex;
import org.profstd.search.index.Suggester;
import org.profstd.search.match.CardMatcher;

/**
 * The search layer of the registry: the registry puts and removes editions; people search, complete what they type,
 * match a CV or vacancy to profession cards, and see the gap between a text and a card.
 */
public final class SearchService implements SearchBackend {
    /**
     * The version of what the index holds: its fields, its entries and the analysis of their text. An index on disk
     * written with another version is rebuilt when opened; change it with any change to those.
     */
    public static final String INDEX_FORMAT = "5";

    private final StandardIndex index;
    private final EntrySearcher searcher;
    private final Suggester suggester;
    private final CardMatcher matcher;

    /** An index in memory. */
    public SearchService() {
        this(new StandardIndex(new Analysis()));
    }

    public SearchService(StandardIndex index) {
        this.index = index;
        this.searcher = new EntrySearcher(index);
        this.suggester = new Suggester(index);
        this.matcher = new CardMatcher(index);
    }

    /** The index this service answers from. */
    public StandardIndex index() {
        return index;
    }

    /** Adds an edition, or replaces the edition with the same id. */
    public void put(IndexedStandard edition) {
        index.put(edition);
    }

    /** Adds or replaces many editions at once, with one commit: how a whole registry is loaded. */
    public void putAll(Collection<IndexedStandard> editions) {
        index.putAll(editions);
    }

    /** Removes every edition of a standard. */
    public void remove(String standardId) {
        index.remove(standardId);
    }

    /** The first page of hits. */
    public SearchResult search(String query, SearchFilters filters, int limit) {
        return searcher.search(query, filters, 0, limit);
    }

    /** The page of {@code limit} hits after the first {@code offset}. */
    public SearchResult search(String query, SearchFilters filters, int offset, int limit) {
        return searcher.search(query, filters, offset, limit);
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        return suggester.suggest(prefix, limit);
    }

    public MatchResult match(String text, int limit) {
        return matcher.match(text, limit);
    }

    /** The gap between a text and a card; empty when no indexed card has that id. */
    public Optional<GapResult> gap(String text, String cardId) {
        return matcher.gap(text, cardId);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
