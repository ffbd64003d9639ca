package org.profstd.services;

import java.util.List;
import org.profstd.registry.RegistryException;

/**
 * One page of the catalog of standards: a filter, an order and a window.
 *
 * @param sort one of {@link #SORTS}: {@code code} (jurisdiction and code, the registry's order), {@code title},
 *             {@code year} (newest first) or {@code cards} (most cards first)
 */
public record CatalogQuery(StandardFilter filter, String sort, int limit, int offset) {
    public static final List<String> SORTS = List.of("code", "title", "year", "cards");
    public static final int MAX_LIMIT = 200;

    public CatalogQuery {
        filter = filter == null ? StandardFilter.NONE : filter;
        sort = sort == null ? "code" : sort;
        if (!SORTS.contains(sort)) {
            throw new RegistryException(RegistryException.Kind.INVALID,
                    "sort must be one of " + String.join(", ", SORTS) + ", not '" + sort + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new RegistryException(RegistryException.Kind.INVALID,
                    "limit must be 1-" + MAX_LIMIT + " and offset 0 or more, not limit " + limit + ", offset " + offset);
        }
    }
}
