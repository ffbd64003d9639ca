package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.HistoryEntry;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** A standard: its passport, legal act, timeline of editions (linked to their diffs) and cards grouped by level. */
final class StandardPage {
    private final Services services;
    private final Templates templates;

    StandardPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long id = Lookups.pathId(ctx, "id");
        List<HistoryEntry> history = Lookups.found(() -> services.registry().history(id));
        HistoryEntry shown = shown(history);
        EditionSnapshot edition = Lookups.found(() -> services.registry().edition(shown.editionId()));
        templates.render(ctx, "standard.jte", Map.of("edition", edition, "history", history, "shown", shown,
                "levels", CardsByLevel.of(edition.standard().cards())));
    }

    /** The edition a standard is shown as: the latest one in force, else the latest (history is oldest first). */
    static HistoryEntry shown(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("current".equals(history.get(i).status())) {
                return history.get(i);
            }
        }
        return history.get(history.size() - 1);
    }
}
