package org.profstd.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's own description: the OpenAPI 3 document (the pages render it for people at {@code /api/docs}). */
final class ApiDocs {
    static final String OPENAPI = "/org/profstd/web/openapi.json";
    private final byte[] openapi = resource(OPENAPI);

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
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
