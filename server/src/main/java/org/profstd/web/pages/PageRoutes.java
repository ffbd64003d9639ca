package org.profstd.web.pages;

import io.javalin.Javalin;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** The server-rendered pages and the small HTML fragments their htmx parts fetch. */
public final class PageRoutes {
    private PageRoutes() {
    }

    public static void register(Javalin app, Services services, Templates templates) {
        HomePage home = new HomePage(services, templates);
        app.get("/", home::show);
        app.get("/suggest", home::suggest);
        app.get("/search", new SearchPage(services, templates)::show);
        app.get("/standards/{id}", new StandardPage(services, templates)::show);
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
    }
}
