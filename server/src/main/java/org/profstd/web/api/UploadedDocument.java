package org.profstd.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.profstd.web.HttpProblem;

/** The document of a request: the multipart field {@code document}, or the raw body named by {@code ?name=}. */
record UploadedDocument(String name, byte[] bytes) {

    static UploadedDocument of(Context ctx, String defaultName) {
        UploadedDocument document = ctx.isMultipartFormData() ? multipart(ctx) : raw(ctx, defaultName);
        if (document.bytes().length == 0) {
            throw HttpProblem.invalid("the document is empty");
        }
        return document;
    }

    private static UploadedDocument multipart(Context ctx) {
        UploadedFile file = ctx.uploadedFile("document");
        if (file == null) {
            throw HttpProblem.invalid("the form has no file in its 'document' field");
        }
        try (InputStream in = file.content()) {
            return new UploadedDocument(file.filename(), in.readAllBytes());
        } catch (IOException e) {
            throw HttpProblem.invalid("the upload could not be received: " + e.getMessage());
        }
    }

    private static UploadedDocument raw(Context ctx, String defaultName) {
        String name = Params.optional(ctx, "name");
        return new UploadedDocument(name == null ? defaultName : name, ctx.bodyAsBytes());
    }
}
