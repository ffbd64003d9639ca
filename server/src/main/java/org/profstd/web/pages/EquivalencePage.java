package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.profstd.model.Jurisdiction;
import org.profstd.registry.RegistryException;
import org.profstd.services.EquivalenceView;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/**
 * A Kazakh and a Russian standard side by side ({@code ?kz=EDITION&ru=EDITION}): whether they describe one
 * occupation, said plainly; each KZ card with the RU generalized function it corresponds to, their shared and missing
 * functions and requirements both ways; the levels side by side. Without both parameters, a form to pick the two.
 */
final class EquivalencePage {
    private final Services services;
    private final Templates templates;

    EquivalencePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        params.put("kzStandards", services.equivalences().standards(Jurisdiction.KZ));
        params.put("ruStandards", services.equivalences().standards(Jurisdiction.RU));
        params.put("view", null);
        params.put("error", null);
        String kz = ctx.queryParam("kz");
        String ru = ctx.queryParam("ru");
        params.put("kz", kz == null || kz.isBlank() ? null : Lookups.queryId(ctx, "kz"));
        params.put("ru", ru == null || ru.isBlank() ? null : Lookups.queryId(ctx, "ru"));
        if (params.get("kz") != null && params.get("ru") != null) {
            long kzId = (Long) params.get("kz");
            long ruId = (Long) params.get("ru");
            try {
                EquivalenceView view = services.equivalences().view(kzId, ruId);
                params.put("view", view);
            } catch (RegistryException e) {
                if (e.kind() == RegistryException.Kind.NOT_FOUND) {
                    throw PageProblem.notFound("error.noEdition", kzId + ", " + ruId);
                }
                if (e.kind() != RegistryException.Kind.INVALID) {
                    throw e;
                }
                ctx.status(400);
                params.put("error", Templates.pageContext(ctx).t("equivalence.wrongPair"));
            }
        }
        templates.render(ctx, "equivalence.jte", params);
    }
}
