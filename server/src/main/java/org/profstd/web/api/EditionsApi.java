package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.services.Catalog;
import org.profstd.services.Export;
import org.profstd.services.Exports;

/** {@code /api/v1/editions}: an edition's content, its cards, the lines it was read from, its exports. */
final class EditionsApi {
    private final Catalog catalog;
    private final Exports exports;

    EditionsApi(Catalog catalog, Exports exports) {
        this.catalog = catalog;
        this.exports = exports;
    }

    void one(Context ctx) {
        ctx.json(catalog.edition(Params.id(ctx, "id")));
    }

    void cards(Context ctx) {
        ctx.json(java.util.Map.of("cards", catalog.cards(Params.id(ctx, "id"))));
    }

    /** {@code /api/v1/cards/{edition}/{n}}: the id {@code EDITION/N} split over two path segments. */
    void card(Context ctx) {
        ctx.json(catalog.card(ctx.pathParam("edition") + "/" + ctx.pathParam("n")));
    }

    void source(Context ctx) {
        ctx.json(catalog.source(Params.id(ctx, "id")));
    }

    void export(Context ctx) {
        Export export = exports.export(Params.id(ctx, "id"), Params.required(ctx, "format"));
        ctx.contentType(export.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .result(export.body());
    }
}
