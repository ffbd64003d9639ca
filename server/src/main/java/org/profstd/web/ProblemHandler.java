package org.profstd.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into responses: problem+json for the API and for clients that ask for JSON,
 * an error page in the visitor's language for browsers. Unexpected failures are logged and answered with a 500 that
 * reveals nothing internal.
 */
final class ProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final Templates templates;
    private final long maxBodyBytes;

    ProblemHandler(Templates templates, long maxBodyBytes) {
        this.templates = templates;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(HttpProblem problem, Context ctx) {
        respond(ctx, problem.status(), problem.title(), problem.getMessage());
    }

    void unexpected(Exception e, Context ctx) {
        if (bodyLimitBroken(e)) {
            respond(ctx, 413, "Request too large", "the request body is longer than " + maxBodyBytes + " bytes ("
                    + maxBodyBytes / (1024 * 1024) + " MB), the limit");
            return;
        }
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "Internal error", "The server failed to answer this request; it has been logged.");
    }

    /**
     * A {@link Error} thrown by a handler (the JVM out of memory or stack): a problem+json 500, never an empty
     * answer. No page is rendered here, since rendering may need what just ran out.
     */
    void error(HttpServletResponse response, Error error) {
        LOG.error("error while answering a request", error);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            SecurityHeaders.set(response);
            response.setStatus(500);
            response.setContentType(Problem.CONTENT_TYPE);
            response.getOutputStream().write(Json.write(new Problem("about:blank", "Internal error", 500,
                    "The server could not answer this request; it has been logged.", null))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException | Error unanswerable) {
            // the connection is gone or the JVM cannot even write; the status set above is all the client gets
        }
    }

    void respond(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.contentType(Problem.CONTENT_TYPE);
            ctx.result(Json.write(new Problem("about:blank", title, status, detail, ctx.path())));
        } else {
            String key = "error.status." + status;
            String translated = Templates.lang(ctx).t(key);
            templates.render(ctx, "error.jte", Map.of("status", status,
                    "title", translated.equals(key) ? title : translated, "detail", detail));
        }
    }

    static String tooLargeDetail(long length, long limit) {
        return "the request body has " + length + " bytes; at most " + limit + " bytes (" + limit / (1024 * 1024)
                + " MB) are accepted";
    }

    /** Whether a request body broke the limit while it was read (counted by us, or by Jetty's multipart parser). */
    private static boolean bodyLimitBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (t instanceof RequestLimitFilter.BodyTooLargeException
                    || t instanceof IllegalStateException && message != null && message.contains("exceeds max")) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    static HttpStatus status(int code) {
        return HttpStatus.forStatus(code);
    }
}
