package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.profstd.model.Language;
import org.profstd.services.Exports;
import org.profstd.services.Services;
import org.profstd.services.StandardView;
import org.profstd.services.Translation;
import org.profstd.web.Templates;

/**
 * A standard: its passport, legal act, timeline of editions (linked to their diffs and translations), cards grouped
 * by level, and its exports. {@code ?edition=ID} shows another edition of it. The id of a standard merged into
 * another redirects, for good, to the standard it joined.
 */
final class StandardPage {
    private final Services services;
    private final Templates templates;

    StandardPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        long id = Lookups.pathId(ctx, "id");
        Long edition = ctx.queryParam("edition") == null ? null : Lookups.queryId(ctx, "edition");
        StandardView view = Lookups.found(() -> services.standardViews().view(id, edition), "error.noStandard",
                String.valueOf(id));
        if (view.standard().id() != id) {
            String query = ctx.queryString();
            ctx.redirect("/standards/" + view.standard().id() + (query == null ? "" : "?" + query),
                    HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("view", view);
        params.put("formats", Exports.formatsFor(view.shown().standard()));
        params.put("levels", CardsByLevel.of(view.shown().standard().cards()));
        params.put("similarEdition", similarEdition(view));
        templates.render(ctx, "standard.jte", params);
    }

    /**
     * The edition whose similar standards the page shows: the shown one, or for a text in Kazakh its Russian
     * translation (Kazakh wording cannot be compared with Russian standards); null when there is none.
     */
    private static Long similarEdition(StandardView view) {
        if (view.shown().standard().language() != Language.KK) {
            return view.shown().editionId();
        }
        return view.translations().stream().filter(t -> Language.RU.value().equals(t.language()))
                .map(Translation::editionId)
                .findFirst().orElse(null);
    }
}
