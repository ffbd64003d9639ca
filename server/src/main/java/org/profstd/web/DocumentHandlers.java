package org.profstd.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** Reading an uploaded document through the API: the parse report, before anything is saved. */
final class DocumentHandlers {

    /** POST /api/v1/documents: the report as canonical JSON. */
    void uploadApi(Context ctx) {
        ctx.json(parse(ctx));
    }

    /** The document of a request: a multipart field {@code document}, or the raw body named by {@code ?name=}. */
    static ParseResult parse(Context ctx) {
        String name;
        byte[] bytes;
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        if (file != null) {
            name = file.filename();
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw HttpProblem.invalid("the upload could not be received: " + e.getMessage());
            }
        } else if (ctx.isMultipartFormData()) {
            throw HttpProblem.invalid("the form has no file in its 'document' field");
        } else {
            name = ctx.queryParamAsClass("name", String.class).getOrDefault("document");
            bytes = ctx.bodyAsBytes();
        }
        if (bytes.length == 0) {
            throw HttpProblem.invalid("the document is empty");
        }
        try {
            return Standards.parse(name, bytes);
        } catch (UnreadableDocumentException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
    }
}
