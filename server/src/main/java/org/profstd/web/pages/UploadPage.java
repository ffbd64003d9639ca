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
import org.profstd.web.PageContext;
import org.profstd.web.Templates;

/**
 * Uploading a document in two steps: the parse report with its diagnostics first, nothing saved; then, with an API
 * token, the same document is saved into the registry on behalf of the token's owner. A missing or unreadable file
 * is told in the form, in the page's language.
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
        formWithError(ctx, 200, null);
    }

    /** POST /upload: reads the file and shows what was read; the bytes wait for a commit unless already stored. */
    void report(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        if (file == null || file.size() == 0) {
            formWithError(ctx, 400, Templates.pageContext(ctx).t("upload.empty"));
            return;
        }
        byte[] bytes = SubmittedText.bytes(file);
        ParseResult result;
        try {
            result = Standards.parse(file.filename(), bytes);
        } catch (UnreadableDocumentException e) {
            formWithError(ctx, 422, unreadable(ctx, e));
            return;
        }
        boolean known = services.catalog().knowsDocument(result.source().sha256());
        render(ctx, result, known ? null : pending.put(file.filename(), bytes), null, null, known);
    }

    /** POST /upload/commit: saves a document read before, if the token is valid. */
    void commit(Context ctx) {
        String id = ctx.formParam("pending");
        Optional<PendingUploads.Pending> upload = pending.get(id);
        if (upload.isEmpty()) {
            formWithError(ctx, 404, Templates.pageContext(ctx).t("upload.expired"));
            return;
        }
        ParseResult result;
        try {
            result = Standards.parse(upload.get().name(), upload.get().bytes());
        } catch (UnreadableDocumentException e) {
            formWithError(ctx, 422, unreadable(ctx, e));
            return;
        }
        String token = ctx.formParamAsClass("token", String.class).getOrDefault("").strip();
        Optional<String> owner = token.isEmpty() ? Optional.empty() : services.tokenOwner(token);
        if (owner.isEmpty()) {
            ctx.status(401);
            render(ctx, result, id, null, "upload.badToken", false);
            return;
        }
        IngestReport stored = services.ingest(upload.get().name(), upload.get().bytes(), owner.get());
        pending.remove(id);
        render(ctx, result, null, stored, null, false);
    }

    private static String unreadable(Context ctx, UnreadableDocumentException e) {
        PageContext page = Templates.pageContext(ctx);
        return page.t("upload.unreadable", RefusalReason.told(page, e.getMessage()));
    }

    private void formWithError(Context ctx, int status, String error) {
        ctx.status(status);
        Map<String, Object> params = new HashMap<>();
        params.put("error", error);
        templates.render(ctx, "upload.jte", params);
    }

    private void render(Context ctx, ParseResult result, String pendingId, IngestReport stored, String error,
            boolean known) {
        PageContext page = Templates.pageContext(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("result", result);
        params.put("diagnostics", DiagnosticRows.of(page, result.diagnostics()));
        params.put("pending", pendingId);
        params.put("stored", stored);
        params.put("error", error);
        params.put("known", known);
        params.put("sourceEdition", services.catalog().editionReadFrom(result.source().sha256()).orElse(null));
        templates.render(ctx, "report.jte", params);
    }
}
