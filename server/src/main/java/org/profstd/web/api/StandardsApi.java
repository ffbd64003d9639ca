package org.profstd.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.profstd.model.EditionStatus;
import org.profstd.services.Catalog;
import org.profstd.services.StandardFilter;

/** {@code /api/v1/standards}: the standards of the registry, filtered and paged, and one with its editions. */
final class StandardsApi {
    private final Catalog catalog;

    StandardsApi(Catalog catalog) {
        this.catalog = catalog;
    }

    void list(Context ctx) {
        ctx.json(catalog.standards(filter(ctx), Params.integer(ctx, "limit", 1, Catalog.MAX_LIMIT, 50),
                Params.integer(ctx, "offset", 0, Integer.MAX_VALUE, 0)));
    }

    void one(Context ctx) {
        ctx.json(catalog.standard(Params.id(ctx, "id")));
    }

    private static StandardFilter filter(Context ctx) {
        return new StandardFilter(Params.oneOf(ctx, "jurisdiction", List.of("KZ", "RU")),
                Params.oneOf(ctx, "language", List.of("ru", "kk")), Params.integer(ctx, "level", 1, 9),
                Params.optional(ctx, "oked"), Params.oneOf(ctx, "status", EditionStatus.written()));
    }
}
