package org.profstd.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.profstd.services.Services;
import org.profstd.web.api.ApiRoutes;
import org.profstd.web.pages.PageRoutes;

/**
 * The HTTP face of profstd: the REST API under {@code /api/v1} (documented by {@code /api/openapi.json}) and the
 * server-rendered pages, from one process. Handlers are thin: each calls one service method.
 */
public final class WebServer {
    private final WebConfig config;
    private final Services services;
    private final Templates templates = new Templates();
    private final ProblemHandler problems = new ProblemHandler(templates);
    private final RateLimiter rateLimiter;

    public WebServer(WebConfig config, Services services) {
        this.config = config;
        this.services = services;
        this.rateLimiter = new RateLimiter(config.requestsPerMinute(), System::nanoTime);
    }

    /** Builds and starts the server; {@code port 0} picks a free port ({@link Javalin#port()} tells which). */
    public Javalin start() {
        return create().start(config.port());
    }

    Javalin create() {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add("/public", Location.CLASSPATH);
            c.http.maxRequestSize = config.maxUploadBytes();
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
        });
        app.before(this::limits);
        app.exception(HttpProblem.class, problems::handle);
        app.exception(HttpResponseException.class, (e, ctx) -> problems.respond(ctx, e.getStatus(),
                ProblemHandler.status(e.getStatus()).getMessage(), e.getMessage()));
        app.exception(Exception.class, problems::unexpected);
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problems.respond(ctx, 404, "Not found", "There is nothing at " + ctx.path());
            }
        });
        routes(app);
        return app;
    }

    private void routes(Javalin app) {
        PageRoutes.register(app, services, templates);
        ApiRoutes.register(app, services);
    }

    /** Refuses oversized bodies up front with a clear message, and clients that exceed the rate limit. */
    private void limits(Context ctx) {
        long length = ctx.contentLength();
        if (length > config.maxUploadBytes()) {
            throw HttpProblem.tooLarge("the request body has " + length + " bytes; at most " + config.maxUploadBytes()
                    + " bytes (" + config.maxUploadBytes() / (1024 * 1024) + " MB) are accepted");
        }
        if (!ctx.path().startsWith("/css/") && !ctx.path().startsWith("/js/") && !rateLimiter.tryAcquire(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw HttpProblem.tooManyRequests("more than " + config.requestsPerMinute()
                    + " requests a minute from this client; try again in a minute");
        }
    }
}
