package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.model.EditionStatus;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.services.Catalog;
import org.profstd.services.CatalogQuery;
import org.profstd.services.StandardFilter;

/** {@code /api/v1/standards}: the standards of the registry, filtered and paged, and one with its editions. */
final class StandardsApi {
    private final Catalog catalog;

    StandardsApi(Catalog catalog) {
        this.catalog = catalog;
    }

    void list(Context ctx) {
        String sort = Params.oneOf(ctx, "sort", CatalogQuery.SORTS);
        ctx.json(catalog.standards(new CatalogQuery(filter(ctx), sort,
                Params.integer(ctx, "limit", 1, Catalog.MAX_LIMIT, 50), Params.integer(ctx, "offset", 0, Integer.MAX_VALUE, 0))));
    }

    void one(Context ctx) {
        ctx.json(catalog.standard(Params.id(ctx, "id")));
    }

    /** The filters, named as the catalog page names them. */
    private static StandardFilter filter(Context ctx) {
        return new StandardFilter(Params.oneOf(ctx, "jurisdiction", Jurisdiction.written()),
                Params.oneOf(ctx, "language", Language.written()), Params.integer(ctx, "level", 1, 9),
                Params.optional(ctx, "oked"), Params.oneOf(ctx, "status", EditionStatus.written()),
                Params.optional(ctx, "okz"), Params.optional(ctx, "area"));
    }
}
