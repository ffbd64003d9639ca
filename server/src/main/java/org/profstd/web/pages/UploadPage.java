package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.IngestReport;
import org.profstd.services.Services;
import org.profstd.web.HttpProblem;
import org.profstd.web.Templates;

/**
 * Uploading a document in two steps: the parse report with its diagnostics first, nothing saved; then, with an API
 * token, the same document is saved into the registry on behalf of the token's owner.
 */
final class UploadPage {
    private final Services services;
    private final Templates templates;
    private final PendingUploads pending;

    UploadPage(Services services, Templates templates, PendingUploads pending) {
        this.services = services;
        this.templates = templates;
        this.pending = pending;
    }

    void form(Context ctx) {
        templates.render(ctx, "upload.jte", Map.of());
    }

    /** POST /upload: reads the file and shows what was read; the bytes wait for a commit. */
    void report(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        if (file == null || file.size() == 0) {
            throw HttpProblem.invalid("choose a document to read");
        }
        byte[] bytes = SubmittedText.bytes(file);
        ParseResult result = parse(file.filename(), bytes);
        render(ctx, result, pending.put(file.filename(), bytes), null, null);
    }

    /** POST /upload/commit: saves a document read before, if the token is valid. */
    void commit(Context ctx) {
        String id = ctx.formParam("pending");
        PendingUploads.Pending upload = pending.get(id).orElseThrow(() -> HttpProblem.notFound(
                "this report has expired; read the document again"));
        ParseResult result = parse(upload.name(), upload.bytes());
        String token = ctx.formParamAsClass("token", String.class).getOrDefault("").strip();
        Optional<String> owner = token.isEmpty() ? Optional.empty() : services.tokenOwner(token);
        if (owner.isEmpty()) {
            ctx.status(401);
            render(ctx, result, id, null, "upload.badToken");
            return;
        }
        IngestReport stored = services.ingest(upload.name(), upload.bytes(), owner.get());
        pending.remove(id);
        render(ctx, result, null, stored, null);
    }

    private static ParseResult parse(String name, byte[] bytes) {
        try {
            return Standards.parse(name, bytes);
        } catch (UnreadableDocumentException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
    }

    private void render(Context ctx, ParseResult result, String pendingId, IngestReport stored, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("result", result);
        params.put("pending", pendingId);
        params.put("stored", stored);
        params.put("error", error);
        templates.render(ctx, "report.jte", params);
    }
}
