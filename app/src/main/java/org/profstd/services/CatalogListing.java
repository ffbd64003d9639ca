package org.profstd.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.profstd.registry.EditionEntry;
import org.profstd.registry.ListedStandard;
import org.profstd.registry.Listing;
import org.profstd.registry.Registry;
import org.profstd.registry.RegistryTotals;

/**
 * The catalog of standards as people browse it: filtered, sorted and paged, with a count for every value of every
 * filter, so each count can be a link. The registry filters, sorts, pages and counts in SQL: a page reads its own
 * rows and the counts, never every edition.
 */
public final class CatalogListing {
    /** The facet dimensions, in the order a page shows them; also the names of their query parameters. */
    public static final List<String> DIMENSIONS = List.of("jurisdiction", "language", "status", "level", "oked", "okz");
    private static final int LATEST = 6;
    private final Registry registry;

    public CatalogListing(Registry registry) {
        this.registry = registry;
    }

    public CatalogPage page(CatalogQuery query) {
        Listing listing = registry.listing(query.filter().listing(), query.sort(), query.limit(), query.offset());
        List<CatalogEntry> entries = listing.standards().stream().map(CatalogListing::entry).toList();
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            facets.put(dimension, registry.facet(dimension, query.filter().listing()));
        }
        return new CatalogPage(listing.total(), query.limit(), query.offset(), entries, facets);
    }

    /** Every edition by its title, code, year, status and file: what a page offers to pick from. */
    public List<EditionEntry> editions() {
        return registry.editionEntries();
    }

    /** The current editions stored last, newest first: what the home page shows as new. */
    public List<EditionEntry> latest() {
        return registry.latestCurrent(LATEST);
    }

    /** What the registry holds in force: the home page's counts. */
    public RegistryTotals totals() {
        return registry.totals();
    }

    private static CatalogEntry entry(ListedStandard listed) {
        return new CatalogEntry(listed.summary(), listed.levels(), listed.okedCodes(), listed.okzCodes());
    }
}
