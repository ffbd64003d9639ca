package org.profstd.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's own description: the OpenAPI 3 document and a page that reads it. */
final class ApiDocs {
    static final String OPENAPI = "/org/profstd/web/openapi.json";
    static final String PAGE = "/org/profstd/web/api-docs.html";
    private final byte[] openapi = resource(OPENAPI);
    private final byte[] page = resource(PAGE);

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }

    void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the build lost the resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
