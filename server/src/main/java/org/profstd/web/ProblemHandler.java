package org.profstd.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into responses: problem+json for the API and for clients that ask for JSON,
 * a short error page for browsers. Unexpected exceptions are logged and answered with a 500 that reveals nothing
 * internal.
 */
final class ProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final Templates templates;

    ProblemHandler(Templates templates) {
        this.templates = templates;
    }

    void handle(HttpProblem problem, Context ctx) {
        respond(ctx, problem.status(), problem.title(), problem.getMessage());
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "Internal error", "The server failed to answer this request; it has been logged.");
    }

    void respond(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.contentType(Problem.CONTENT_TYPE);
            ctx.result(Json.write(new Problem("about:blank", title, status, detail, ctx.path())));
        } else {
            templates.render(ctx, "error.jte", Map.of("status", status, "title", title, "detail", detail));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    static HttpStatus status(int code) {
        return HttpStatus.forStatus(code);
    }
}
