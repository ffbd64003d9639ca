package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.services.Equivalences;

/**
 * {@code GET /api/v1/equivalence?kz=EDITION&ru=EDITION}: a Kazakh and a Russian standard paired card by card with their
 * shared and missing functions and the correspondence of levels; and {@code GET /api/v1/editions/{id}/similar}: the
 * standards of the other jurisdiction related to an edition.
 */
final class EquivalenceApi {
    private final Equivalences equivalences;

    EquivalenceApi(Equivalences equivalences) {
        this.equivalences = equivalences;
    }

    void compare(Context ctx) {
        ctx.json(equivalences.compare(Params.queryId(ctx, "kz"), Params.queryId(ctx, "ru")));
    }

    void similar(Context ctx) {
        ctx.json(equivalences.similar(Params.id(ctx, "id")));
    }
}
