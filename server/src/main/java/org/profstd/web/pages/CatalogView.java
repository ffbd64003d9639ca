package org.profstd.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.profstd.services.CatalogPage;
import org.profstd.services.Services;
import org.profstd.web.Templates;

/** {@code /standards}: every standard of the registry, filtered by facets, sorted and paged. */
final class CatalogView {
    private final Services services;
    private final Templates templates;

    CatalogView(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    void show(Context ctx) {
        CatalogAddress address = CatalogAddress.of(ctx);
        CatalogPage page = services.listing().page(address.query());
        templates.render(ctx, "standards.jte", Map.of("address", address, "catalog", page));
    }
}
