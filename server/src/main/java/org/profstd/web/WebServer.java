package org.profstd.web;

import jakarta.servlet.DispatcherType;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.servlet.FilterHolder;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.RegistryException;
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
    private final ProblemHandler problems;
    private final Map<CostClass, RateLimiter> rateLimiters = new EnumMap<>(CostClass.class);

    public WebServer(WebConfig config, Services services) {
        this.config = config;
        this.services = services;
        this.problems = new ProblemHandler(templates, config.maxUploadBytes());
        for (CostClass cost : CostClass.values()) {
            rateLimiters.put(cost, new RateLimiter(config.rates().of(cost), System::nanoTime));
        }
    }

    /** Builds and starts the server; {@code port 0} picks a free port ({@link Javalin#port()} tells which). */
    public Javalin start() {
        return create().start(config.host(), config.port());
    }

    Javalin create() {
        long maxBody = config.maxUploadBytes();
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add("/public", Location.CLASSPATH);
            c.http.maxRequestSize = maxBody;
            c.jetty.defaultHost = config.host();
            c.jetty.multipartConfig.maxTotalRequestSize(maxBody, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxFileSize(maxBody, SizeUnit.BYTES);
            c.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new RequestLimitFilter(maxBody)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                handler.setErrorHandler(new JettyErrors());
            });
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            c.pvt.javaLangErrorHandler(problems::error);
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
        });
        app.before(this::limits);
        app.exception(HttpProblem.class, problems::handle);
        app.exception(RegistryException.class, (e, ctx) -> problems.handle(HttpProblem.of(e), ctx));
        app.exception(UnreadableDocumentException.class,
                (e, ctx) -> problems.handle(HttpProblem.unprocessable(e.getMessage()), ctx));
        app.exception(ValidationException.class, (e, ctx) -> problems.handle(HttpProblem.invalid(
                "the parameter " + String.join(", ", e.getErrors().keySet()) + " has a value of the wrong kind"), ctx));
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

    /** Refuses oversized bodies up front with a clear message, and clients over their budget of the request's class. */
    private void limits(Context ctx) {
        long length = ctx.contentLength();
        if (length > config.maxUploadBytes()) {
            throw HttpProblem.tooLarge(ProblemHandler.tooLargeDetail(length, config.maxUploadBytes()));
        }
        if (ctx.path().startsWith("/css/") || ctx.path().startsWith("/js/")) {
            return;
        }
        CostClass cost = CostClass.of(ctx.method().name(), ctx.path());
        if (!rateLimiters.get(cost).tryAcquire(ctx.ip())) {
            ctx.header("Retry-After", "60");
            throw HttpProblem.tooManyRequests("more than " + config.rates().of(cost) + " " + cost.label()
                    + " a minute from this client; try again in a minute");
        }
    }
}
