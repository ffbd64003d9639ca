package org.profstd.bench;

import java.util.List;
import org.profstd.search.index.IndexedStandard;

/** A search engine under benchmark: loaded once with a registry's editions, then searched and matched. */
interface SearchEngine extends AutoCloseable {
    String name();

    /** Indexes the editions; an engine is loaded once. */
    void load(List<IndexedStandard> editions) throws Exception;

    /** The best entries for a query a person typed, best first. */
    List<Found> search(String query, int limit) throws Exception;

    /** The profession cards a CV or vacancy text fits, best first. */
    List<Found> match(String text, int limit) throws Exception;
}
