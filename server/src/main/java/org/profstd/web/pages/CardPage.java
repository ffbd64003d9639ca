package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.model.Card;
import org.profstd.registry.EditionSnapshot;
import org.profstd.services.Services;
import org.profstd.web.HttpProblem;
import org.profstd.web.Templates;

/** A profession card: its passport, functions, units and items, each item linked to its line in the source. */
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
        EditionSnapshot edition = Lookups.found(() -> services.registry().edition(editionId));
        if (ordinal < 1 || ordinal > edition.standard().cards().size()) {
            throw HttpProblem.notFound("edition " + editionId + " has " + edition.standard().cards().size()
                    + " cards; there is no card " + ordinal);
        }
        Card card = edition.standard().cards().get((int) ordinal - 1);
        templates.render(ctx, "card.jte", Map.of("edition", edition, "card", card, "ordinal", (int) ordinal));
    }
}
