package org.profstd.web.api;

import static org.profstd.web.api.Guard.guarded;

import io.javalin.Javalin;
import org.profstd.services.Services;

/**
 * Every route of the REST API, in one table: reads are open, writes ({@code POST /api/v1/documents?commit=true})
 * need a bearer token. Each route is documented in {@code openapi.json}; a test holds the two together.
 */
public final class ApiRoutes {
    public static final String V1 = "/api/v1";

    private ApiRoutes() {
    }

    public static void register(Javalin app, Services services) {
        StandardsApi standards = new StandardsApi(services.catalog());
        EditionsApi editions = new EditionsApi(services.catalog(), services.exports());
        SearchApi search = new SearchApi(services.search());
        MatchApi match = new MatchApi(services.matching());
        DiffApi diff = new DiffApi(services.diffs());
        DocumentsApi documents = new DocumentsApi(services);
        CurriculumApi curriculum = new CurriculumApi(services.curricula());
        EquivalenceApi equivalence = new EquivalenceApi(services.equivalences());
        ApiDocs docs = new ApiDocs();

        app.get("/api/openapi.json", guarded(docs::openapi));
        app.get(V1 + "/standards", guarded(standards::list));
        app.get(V1 + "/standards/{id}", guarded(standards::one));
        app.get(V1 + "/editions/{id}", guarded(editions::one));
        app.get(V1 + "/editions/{id}/cards", guarded(editions::cards));
        app.get(V1 + "/editions/{id}/source", guarded(editions::source));
        app.get(V1 + "/editions/{id}/export", guarded(editions::export));
        app.get(V1 + "/cards/{edition}/{n}", guarded(editions::card));
        app.get(V1 + "/search", guarded(search::search));
        app.get(V1 + "/suggest", guarded(search::suggest));
        app.post(V1 + "/match", guarded(match::match));
        app.post(V1 + "/gap", guarded(match::gap));
        app.get(V1 + "/diff", guarded(diff::diff));
        app.post(V1 + "/documents", guarded(documents::upload));
        app.post(V1 + "/curriculum", guarded(curriculum::cover));
        app.get(V1 + "/equivalence", guarded(equivalence::compare));
        app.get(V1 + "/editions/{id}/similar", guarded(equivalence::similar));
    }
}
