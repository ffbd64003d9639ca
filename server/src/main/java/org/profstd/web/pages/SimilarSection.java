package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.services.Services;
import org.profstd.services.SimilarStandards;
import org.profstd.web.Templates;

/**
 * {@code /similar/EDITION}: the section "similar standards in the other jurisdiction" of a standard's page, fetched
 * by the page after it has shown, so the comparisons (kept by the services once made) never hold the page back.
 */
final class SimilarSection {
    private final Services services;
    private final Templates templates;

    SimilarSection(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long edition = Lookups.pathId(ctx, "edition");
        SimilarStandards similar = Lookups.found(() -> services.equivalences().similar(edition), "error.noEdition",
                String.valueOf(edition));
        templates.render(ctx, "similar.jte", Map.of("similar", similar));
    }
}
