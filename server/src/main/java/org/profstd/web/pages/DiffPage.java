package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.profstd.analysis.diff.EditionDiff;
import org.profstd.registry.EditionEntry;
import org.profstd.registry.EditionSnapshot;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * Two editions side by side ({@code ?old=EDITION&new=EDITION}): what was removed, added, reworded or moved, with a
 * warning when they are editions of different standards. Without both parameters, a form to pick any two editions.
 */
final class DiffPage {
    private final Services services;
    private final Templates templates;

    DiffPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        List<EditionEntry> all = services.listing().editions();
        if (blank(ctx.queryParam("old")) || blank(ctx.queryParam("new"))) {
            // the form again, with the edition already chosen kept and, when one of two was given, a word on it
            boolean half = !blank(ctx.queryParam("old")) || !blank(ctx.queryParam("new"));
            Map<String, Object> params = new HashMap<>();
            params.put("editions", all);
            params.put("older", chosen(ctx, "old"));
            params.put("newer", chosen(ctx, "new"));
            params.put("diff", null);
            params.put("error", half ? Templates.pageContext(ctx).t("diff.pickBoth") : null);
            templates.render(ctx, "diff.jte", params);
            return;
        }
        long oldId = Lookups.queryId(ctx, "old");
        long newId = Lookups.queryId(ctx, "new");
        EditionSnapshot older = Lookups.found(() -> services.catalog().edition(oldId), "error.noEdition",
                String.valueOf(oldId));
        EditionSnapshot newer = Lookups.found(() -> services.catalog().edition(newId), "error.noEdition",
                String.valueOf(newId));
        EditionDiff diff = services.diffs().diff(oldId, newId);
        templates.render(ctx, "diff.jte", Map.of("editions", all, "older", older, "newer", newer, "diff", diff));
    }

    /** The edition a parameter names, when it names one; the form shows it chosen. */
    private EditionSnapshot chosen(Context ctx, String name) {
        if (blank(ctx.queryParam(name))) {
            return null;
        }
        try {
            long id = Lookups.queryId(ctx, name);
            return Lookups.found(() -> services.catalog().edition(id), "error.noEdition", String.valueOf(id));
        } catch (PageProblem notAnEdition) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
