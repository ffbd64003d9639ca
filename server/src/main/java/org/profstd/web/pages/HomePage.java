package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.profstd.registry.EditionSnapshot;
import org.profstd.search.Suggestion;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** The home page (search box, what the registry holds, latest editions in force) and the completions of the search box. */
final class HomePage {
    private static final int LATEST = 6;
    private static final int SUGGESTIONS = 8;
    private final Services services;
    private final Templates templates;

    HomePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        List<EditionSnapshot> editions = services.listing().editions();
        List<EditionSnapshot> latest = editions.stream().filter(e -> "current".equals(e.status()))
                .sorted(Comparator.comparingLong(EditionSnapshot::editionId).reversed()).limit(LATEST).toList();
        templates.render(ctx, "home.jte", Map.of("counts", RegistryCounts.of(editions), "latest", latest));
    }

    /** GET /suggest?q=: a list of completions, the fragment htmx puts under the search box. */
    void suggest(Context ctx) {
        String prefix = ctx.queryParamAsClass("q", String.class).getOrDefault("").strip();
        List<Suggestion> suggestions = prefix.length() < 2 ? List.of() : services.search().suggest(prefix, SUGGESTIONS);
        templates.render(ctx, "suggest.jte", Map.of("suggestions", suggestions));
    }
}
