package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.profstd.search.Suggestion;
import org.profstd.services.CatalogListing;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** The home page (search box, what the registry holds, latest editions in force) and the completions of the search box. */
final class HomePage {
    private static final int SUGGESTIONS = 8;
    private final Services services;
    private final Templates templates;

    HomePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        CatalogListing listing = services.listing();
        templates.render(ctx, "home.jte", Map.of("counts", listing.totals(), "latest", listing.latest()));
    }

    /** GET /suggest?q=: a list of completions, the fragment htmx puts under the search box. */
    void suggest(Context ctx) {
        String prefix = ctx.queryParamAsClass("q", String.class).getOrDefault("").strip();
        List<Suggestion> suggestions = prefix.length() < 2 ? List.of() : services.search().suggest(prefix, SUGGESTIONS);
        templates.render(ctx, "suggest.jte", Map.of("suggestions", suggestions));
    }
}
