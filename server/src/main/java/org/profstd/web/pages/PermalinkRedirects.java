package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.profstd.registry.StandardSummary;
import org.profstd.services.Services;

/**
 * Stable addresses by code: {@code /standards/KZ/J068} for a standard, {@code /standards/KZ/J068/cards/3512-1-001/5}
 * for a card at a level (RU: the ОТФ letter, {@code /standards/RU/06.024/cards/A/3}). They redirect to the pages of
 * the current ids, so they survive a new edition, a merge, and a registry loaded in another order.
 */
final class PermalinkRedirects {
    private final Services services;

    PermalinkRedirects(Services services) {
        this.services = services;
    }

    void standard(Context ctx) {
        redirect(ctx, "/standards/" + standardOf(ctx).id());
    }

    void card(Context ctx) {
        StandardSummary standard = standardOf(ctx);
        String code = ctx.pathParam("card");
        String level = ctx.pathParam("level");
        Integer wanted;
        try {
            wanted = Integer.valueOf(level);
        } catch (NumberFormatException e) {
            throw PageProblem.notFound("error.notANumber", "level", level);
        }
        String card = services.permalinks().card(standard, code, wanted)
                .orElseThrow(() -> PageProblem.notFound("error.noCardCode", code, level, standard.code()));
        redirect(ctx, "/cards/" + card);
    }

    private StandardSummary standardOf(Context ctx) {
        String jurisdiction = ctx.pathParam("jurisdiction");
        String code = ctx.pathParam("code");
        return services.permalinks().standard(jurisdiction, code)
                .orElseThrow(() -> PageProblem.notFound("error.noStandardCode", jurisdiction, code));
    }

    /** A redirect that keeps the query (the interface language among it). */
    static void redirect(Context ctx, String target) {
        String query = ctx.queryString();
        ctx.redirect(target + (query == null || query.isEmpty() ? "" : "?" + query), HttpStatus.FOUND);
    }
}
