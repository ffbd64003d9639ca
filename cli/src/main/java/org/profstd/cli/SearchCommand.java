package org.profstd.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.profstd.json.CanonicalJson;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHit;
import org.profstd.search.SearchResult;
import org.profstd.services.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code profstd search QUERY [--level N] [--standard ID] [--lang ru|kk] [--type T] [--jurisdiction KZ|RU]
 * [--status S] [--offset N] [--limit N] [--history]}.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the standards of the registry: titles, cards, functions, skills or tasks, abilities,"
                + " knowledge and labor actions, in Russian and Kazakh (words match in any of their forms). A code"
                + " (06.024, J074, 562, 2512-1-006, A/01.3) or an exact title finds its entry first.",
                "Current editions only, unless --history."})
final class SearchCommand implements Callable<Integer> {
    /** Longest query searched, as the API's. */
    static final int MAX_QUERY_CHARS = 1000;

    enum Format { table, json }

    enum Lang { ru, kk }

    enum Type { standard, card, function, unit, item }

    enum Jurisdiction { KZ, RU }

    enum Status { current, superseded, withdrawn }

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registry;

    @Mixin
    SearchOptions search;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The words to find.")
    String query;

    @Option(names = "--level", paramLabel = "N", description = "Only cards of this qualification level.")
    Integer level;

    @Option(names = "--standard", paramLabel = "ID", description = "Only this standard (its id in the registry).")
    String standard;

    @Option(names = "--lang", description = "Only texts in this language: ru or kk.")
    Lang lang;

    @Option(names = "--type", description = "Only entries of this type: standard, card, function, unit or item.")
    Type type;

    @Option(names = "--jurisdiction", description = "Only standards of this country: KZ or RU.")
    Jurisdiction jurisdiction;

    @Option(names = "--status", description = "Only editions of this status: current, superseded or withdrawn.")
    Status status;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
            description = "Hits to skip, for the next pages (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--history", description = "Search superseded and withdrawn editions too.")
    boolean history;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || offset < 0 || query.isBlank()) {
            throw new UserFacingException("search needs words to find, a --limit of 1 or more and an --offset of 0 or"
                    + " more", Main.INVALID_INPUT);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new UserFacingException("the query has " + query.length() + " characters, more than "
                    + MAX_QUERY_CHARS + ", the limit; use 'profstd match' for long texts", Main.INVALID_INPUT);
        }
        SearchFilters filters = new SearchFilters(level, standard, lang == null ? null : lang.name(),
                type == null ? null : type.name(), jurisdiction == null ? null : jurisdiction.name(),
                status == null ? null : status.name(), history);
        SearchResult result;
        try (RegistryServices opened = search.open(registry, spec.commandLine().getErr())) {
            Services services = opened.services();
            result = services.search().search(query, filters, offset, limit);
        }
        print(result, spec.commandLine().getOut());
        return Main.OK;
    }

    private void print(SearchResult result, PrintWriter out) throws JsonProcessingException {
        if (format == Format.json) {
            out.println(CanonicalJson.mapper().writeValueAsString(result));
            return;
        }
        if (result.hint() != null) {
            out.println(result.hint().message());
        }
        out.printf("%6s  %-8s %-8s %5s  %-8s %s%n", "score", "type", "card", "level", "standard", "text");
        for (SearchHit hit : result.hits()) {
            out.printf("%6.2f  %-8s %-8s %5s  %-8s %s%s%n", hit.score(), hit.type(),
                    hit.card() == null ? "-" : hit.card().id(),
                    hit.card() == null || hit.card().level() == null ? "-" : hit.card().level(),
                    hit.standard().code() == null ? hit.standard().id() : hit.standard().code(), hit.text(),
                    hit.cards().size() > 1 ? "  (+" + (hit.cards().size() - 1) + " more cards)" : "");
        }
        int from = result.hits().isEmpty() ? 0 : result.offset() + 1;
        out.printf("%d-%d of %d hit%s for \"%s\"%n", from, result.offset() + result.hits().size(), result.total(),
                result.total() == 1 ? "" : "s", result.query());
    }
}
