package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.services.Services;
import org.profstd.web.HttpProblem;
import org.profstd.web.Templates;

/**
 * Matching a CV or vacancy: the profession cards it fits, best first, with the sentences that evidence each; then,
 * for a chosen card, the gap: its requirements the text meets and those it does not. An empty form or an unreadable
 * file is told in the form, which keeps what was typed.
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
        render(ctx, "", null, null);
    }

    void results(Context ctx) {
        Optional<String> text = submitted(ctx);
        if (text.isPresent()) {
            render(ctx, text.get(), services.matching().matchText(text.get(), LIMIT), null);
        }
    }

    void gap(Context ctx) {
        Optional<String> text = submitted(ctx);
        if (text.isEmpty()) {
            return;
        }
        String cardId = ctx.formParam("card");
        if (cardId == null || cardId.isBlank()) {
            ctx.status(400);
            render(ctx, text.get(), null, Templates.pageContext(ctx).t("match.noCard"));
            return;
        }
        GapResult gap = services.search().gap(text.get(), cardId)
                .orElseThrow(() -> PageProblem.notFound("error.noCard", cardId));
        templates.render(ctx, "gap.jte", Map.of("text", text.get(), "gap", gap));
    }

    /** The text of the form or its file; empty, with the form shown again and its error, when there is none. */
    private Optional<String> submitted(Context ctx) {
        String typed = ctx.formParam("text");
        try {
            return Optional.of(SubmittedText.of(ctx));
        } catch (HttpProblem problem) {
            ctx.status(problem.status());
            String error = problem.status() == 400 && (typed == null || typed.isBlank())
                    ? Templates.pageContext(ctx).t("match.empty")
                    : Templates.pageContext(ctx).t("match.unreadable",
                            RefusalReason.told(Templates.pageContext(ctx), problem.getMessage()));
            render(ctx, typed == null ? "" : typed, null, error);
            return Optional.empty();
        }
    }

    private void render(Context ctx, String text, MatchResult result, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("text", text);
        params.put("result", result);
        params.put("error", error);
        templates.render(ctx, "match.jte", params);
    }
}
