package org.profstd.web.api;

import io.javalin.http.Context;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.IngestReport;
import org.profstd.services.Services;

/**
 * {@code POST /api/v1/documents}: a document read and reported on (canonical JSON with its diagnostics); with
 * {@code commit=true} and a token, also stored in the registry in the name of the token's owner.
 */
final class DocumentsApi {
    private final Services services;

    DocumentsApi(Services services) {
        this.services = services;
    }

    /** The report and what the ingest did, for a committed upload. */
    record Committed(ParseResult report, IngestReport ingest) {
    }

    void upload(Context ctx) throws UnreadableDocumentException {
        boolean commit = Params.flag(ctx, "commit");
        String owner = commit ? Bearer.owner(ctx, services) : null; // before reading the body: refuse early
        UploadedDocument document = UploadedDocument.of(ctx, "document");
        Standards.Reading reading = Standards.read(document.name(), document.bytes());
        if (!commit) {
            ctx.json(reading.result());
            return;
        }
        ctx.json(new Committed(reading.result(), services.ingest(reading, document.bytes(), owner)));
    }
}
