package org.profstd.web.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.profstd.services.Services;
import org.profstd.web.PageContext;
import org.profstd.web.Templates;

/** The server-rendered pages and the small HTML fragments their htmx parts fetch. */
public final class PageRoutes {
    private PageRoutes() {
    }

    public static void register(Javalin app, Services services, Templates templates) {
        app.exception(PageProblem.class, (problem, ctx) -> renderProblem(ctx, templates, problem));
        HomePage home = new HomePage(services, templates);
        app.get("/", home::show);
        app.get("/suggest", home::suggest);
        app.get("/search", new SearchPage(services, templates)::show);
        app.get("/standards", new CatalogView(services, templates)::show);
        app.get("/standards/{id}", new StandardPage(services, templates)::show);
        PermalinkRedirects permalinks = new PermalinkRedirects(services);
        app.get("/standards/{jurisdiction}/{code}", permalinks::standard);
        app.get("/standards/{jurisdiction}/{code}/cards/{card}/{level}", permalinks::card);
        app.get("/cards/{edition}/{ordinal}", new CardPage(services, templates)::show);
        app.get("/sources/{edition}", new SourcePage(services, templates)::show);
        MatchPage match = new MatchPage(services, templates);
        app.get("/match", match::form);
        app.post("/match", match::results);
        app.post("/match/gap", match::gap);
        UploadPage upload = new UploadPage(services, templates, new PendingUploads());
        app.get("/upload", upload::form);
        app.post("/upload", upload::report);
        app.post("/upload/commit", upload::commit);
        app.get("/diff", new DiffPage(services, templates)::show);
        CurriculumPage curriculum = new CurriculumPage(services, templates);
        app.get("/curriculum", curriculum::form);
        app.post("/curriculum", curriculum::results);
        app.post("/curriculum/csv", curriculum::csv);
        app.get("/curriculum/cards", curriculum::cards);
        app.get("/equivalence", new EquivalencePage(services, templates)::show);
        app.get("/similar/{edition}", new SimilarSection(services, templates)::show);
        app.get("/api/docs", new ApiDocsPage(templates)::show);
    }

    /** The error page of a page's own failure, its message in the page's language. */
    private static void renderProblem(Context ctx, Templates templates, PageProblem problem) {
        PageContext page = Templates.pageContext(ctx);
        ctx.status(problem.status());
        Map<String, Object> params = new HashMap<>();
        params.put("status", problem.status());
        params.put("title", page.t("error." + problem.status()));
        params.put("detail", null);
        params.put("message", page.t(problem.key(), problem.args()));
        templates.render(ctx, "error.jte", params);
    }
}
