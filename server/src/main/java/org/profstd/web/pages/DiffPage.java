package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.analysis.diff.EditionDiff;
import org.profstd.analysis.diff.EditionDiffer;
import org.profstd.registry.EditionSnapshot;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** Two editions side by side ({@code ?old=EDITION&new=EDITION}): what was removed, added, reworded or moved. */
final class DiffPage {
    private final Services services;
    private final Templates templates;

    DiffPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long oldId = Lookups.queryId(ctx, "old");
        long newId = Lookups.queryId(ctx, "new");
        EditionSnapshot older = Lookups.found(() -> services.registry().edition(oldId));
        EditionSnapshot newer = Lookups.found(() -> services.registry().edition(newId));
        EditionDiff diff = EditionDiffer.diff(older.sourceFile(), older.standard(), newer.sourceFile(), newer.standard());
        templates.render(ctx, "diff.jte", Map.of("older", older, "newer", newer, "diff", diff));
    }
}
