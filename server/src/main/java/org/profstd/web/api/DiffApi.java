package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.services.Diffs;

/** {@code /api/v1/diff?old=EDITION&new=EDITION}: the analysis module's comparison of two editions. */
final class DiffApi {
    private final Diffs diffs;

    DiffApi(Diffs diffs) {
        this.diffs = diffs;
    }

    void diff(Context ctx) {
        ctx.json(diffs.diff(Params.queryId(ctx, "old"), Params.queryId(ctx, "new")));
    }
}
