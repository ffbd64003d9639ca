package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.services.Matching;

/**
 * {@code /api/v1/match} and {@code /api/v1/gap}: a CV or vacancy, posted as text/plain or as a multipart file
 * {@code document} (text, DOCX, PDF), against the profession cards.
 */
final class MatchApi {
    private final Matching matching;

    MatchApi(Matching matching) {
        this.matching = matching;
    }

    void match(Context ctx) throws UnreadableDocumentException {
        UploadedDocument text = UploadedDocument.of(ctx, "text");
        ctx.json(matching.match(text.name(), text.bytes(), Params.integer(ctx, "limit", 1, Matching.MAX_LIMIT, 10)));
    }

    void gap(Context ctx) throws UnreadableDocumentException {
        String card = Params.required(ctx, "card");
        UploadedDocument text = UploadedDocument.of(ctx, "text");
        ctx.json(matching.gap(text.name(), text.bytes(), card));
    }
}
