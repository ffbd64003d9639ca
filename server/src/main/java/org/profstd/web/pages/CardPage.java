package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.registry.EditionSnapshot;
import org.profstd.services.CardView;
import org.profstd.services.Exports;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * A profession card: its passport, functions, units and items, each item linked to its line in the source, and
 * the exports of the card and of its edition.
 */
final class CardPage {
    private final Services services;
    private final Templates templates;

    CardPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long editionId = Lookups.pathId(ctx, "edition");
        long ordinal = Lookups.pathId(ctx, "ordinal");
        String id = editionId + "/" + ordinal;
        if (ordinal < 1) {
            throw PageProblem.notFound("error.noCard", id);
        }
        CardView card = Lookups.found(() -> services.catalog().card(id), "error.noCard", id);
        EditionSnapshot edition = Lookups.found(() -> services.catalog().edition(editionId), "error.noCard", id);
        templates.render(ctx, "card.jte", Map.of("edition", edition, "view", card, "ordinal", (int) ordinal,
                "formats", Exports.formatsFor(edition.standard())));
    }
}
