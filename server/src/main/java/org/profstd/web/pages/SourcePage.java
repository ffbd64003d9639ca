package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.SourceView;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * The text lines of the document an edition was read from, each with its {@code #L123} anchor. The lines
 * {@code ?line=FROM&to=TO} are marked (an item's lines) and the page holds a window of lines around them, not the
 * whole document; {@code ?start=N} shows the window from line N, with links to the lines before and after.
 * {@code &find=TEXT} marks an item's words inside its line (a registry XML export is one long line).
 */
final class SourcePage {
    /** Lines shown before and after the marked ones. */
    static final int CONTEXT = 60;
    /** Lines a window holds when no line is marked. */
    static final int WINDOW = 300;
    private final Services services;
    private final Templates templates;

    SourcePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long editionId = Lookups.pathId(ctx, "edition");
        EditionSnapshot edition = Lookups.found(() -> services.catalog().edition(editionId), "error.noEdition",
                String.valueOf(editionId));
        SourceView source = Lookups.found(() -> services.catalog().source(editionId), "error.noEdition",
                String.valueOf(editionId));
        int lines = source.lines().size();
        int from = Math.max(0, ctx.queryParamAsClass("line", Integer.class).getOrDefault(0));
        int to = Math.max(from, ctx.queryParamAsClass("to", Integer.class).getOrDefault(from));
        int first;
        int last;
        if (from > 0) {
            first = Math.max(1, from - CONTEXT);
            last = Math.min(lines, to + CONTEXT);
        } else {
            first = Math.min(Math.max(1, ctx.queryParamAsClass("start", Integer.class).getOrDefault(1)), Math.max(1, lines));
            last = Math.min(lines, first + WINDOW - 1);
        }
        String find = ctx.queryParamAsClass("find", String.class).getOrDefault("");
        templates.render(ctx, "source.jte", Map.of("edition", edition, "source", source, "from", from, "to", to,
                "first", first, "last", last, "window", WINDOW, "find", find));
    }
}
