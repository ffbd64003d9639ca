package org.profstd.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.profstd.model.EditionStatus;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Language;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchBackend;

/** {@code /api/v1/search} and {@code /api/v1/suggest}: the search module's answers as they are. */
final class SearchApi {
    static final List<String> TYPES = List.of("standard", "card", "function", "unit", "item");
    static final int MAX_LIMIT = 100;
    /** Longest query searched: a question of a few sentences; longer texts are for matching. */
    static final int MAX_QUERY_CHARS = 1000;
    private final SearchBackend search;

    SearchApi(SearchBackend search) {
        this.search = search;
    }

    void search(Context ctx) {
        ctx.json(search.search(Params.text(ctx, "q", MAX_QUERY_CHARS), filters(ctx),
                Params.integer(ctx, "offset", 0, Integer.MAX_VALUE, 0), Params.integer(ctx, "limit", 1, MAX_LIMIT, 10)));
    }

    void suggest(Context ctx) {
        String prefix = Params.text(ctx, "q", MAX_QUERY_CHARS);
        ctx.json(Map.of("query", prefix, "suggestions", search.suggest(prefix, Params.integer(ctx, "limit", 1, 50, 10))));
    }

    private static SearchFilters filters(Context ctx) {
        return new SearchFilters(Params.integer(ctx, "level", 1, 9), Params.optional(ctx, "standard"),
                Params.oneOf(ctx, "lang", Language.written()), Params.oneOf(ctx, "type", TYPES),
                Params.oneOf(ctx, "jurisdiction", Jurisdiction.written()),
                Params.oneOf(ctx, "status", EditionStatus.written()), Params.flag(ctx, "history"));
    }
}
