package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.SourceView;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * The text lines of the document an edition was read from, each with its {@code #L123} anchor; the lines
 * {@code ?line=FROM&to=TO} are marked (an item's lines), and the link that opens the page scrolls to the first.
 */
final class SourcePage {
    private final Services services;
    private final Templates templates;

    SourcePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long editionId = Lookups.pathId(ctx, "edition");
        EditionSnapshot edition = Lookups.found(() -> services.registry().edition(editionId));
        SourceView source = Lookups.found(() -> services.registry().source(editionId));
        int from = ctx.queryParamAsClass("line", Integer.class).getOrDefault(0);
        int to = Math.max(from, ctx.queryParamAsClass("to", Integer.class).getOrDefault(from));
        templates.render(ctx, "source.jte", Map.of("edition", edition, "source", source, "from", from, "to", to));
    }
}
