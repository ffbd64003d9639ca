package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.services.Services;
import org.profstd.web.HttpProblem;
import org.profstd.web.Templates;

/**
 * Matching a CV or vacancy: the profession cards it fits, best first, with the sentences that evidence each; then,
 * for a chosen card, the gap: its requirements the text meets and those it does not.
 */
final class MatchPage {
    private static final int LIMIT = 10;
    private final Services services;
    private final Templates templates;

    MatchPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void form(Context ctx) {
        render(ctx, "", null);
    }

    void results(Context ctx) {
        String text = SubmittedText.of(ctx, services.matching());
        render(ctx, text, services.matching().matchText(text, LIMIT));
    }

    void gap(Context ctx) {
        String text = SubmittedText.of(ctx, services.matching());
        String cardId = ctx.formParam("card");
        if (cardId == null || cardId.isBlank()) {
            throw HttpProblem.invalid("choose a card to compare the text with");
        }
        GapResult gap = services.matching().gapText(text, cardId);
        templates.render(ctx, "gap.jte", Map.of("text", text, "gap", gap));
    }

    private void render(Context ctx, String text, MatchResult result) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text);
        params.put("result", result);
        templates.render(ctx, "match.jte", params);
    }
}
