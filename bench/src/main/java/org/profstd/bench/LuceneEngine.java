package org.profstd.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.profstd.registry.Registry;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchBackend;
import org.profstd.search.index.IndexedStandard;
import org.profstd.services.IndexProgress;
import org.profstd.services.Services;

/**
 * The search module as the product runs it: the editions are put in a registry, and the application services build
 * the index on disk from the registry (a full rebuild, the path a new machine takes), then open it again as a
 * restarted server does. Search has facets and highlights; match and gap use the card matcher.
 */
final class LuceneEngine implements SearchEngine {
    static final String NAME = "lucene";
    private final Registry registry;
    private final Path indexFolder;
    private final boolean ownsRegistry;
    private Services services;
    /** Edition ids the registry gave, to the ids the editions came with: answers name cards as the dataset does. */
    private Map<String, String> editionIds = Map.of();
    private double rebuildSeconds;
    private double reopenSeconds;

    LuceneEngine(Registry registry, Path indexFolder) {
        this(registry, indexFolder, false);
    }

    /** An engine with a registry of its own in a folder, closed with the engine. */
    static LuceneEngine inFolder(Path folder) {
        return new LuceneEngine(Registry.embedded(folder.resolve("data"), "bench"), folder.resolve("index"), true);
    }

    private LuceneEngine(Registry registry, Path indexFolder, boolean ownsRegistry) {
        this.registry = registry;
        this.indexFolder = indexFolder;
        this.ownsRegistry = ownsRegistry;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(List<IndexedStandard> editions) throws Exception {
        long start = System.nanoTime();
        editionIds = RegistryLoader.load(registry.jdbcUrl(), editions);
        System.err.printf(Locale.ROOT, "registry filled with %d editions in %.1f s%n", editions.size(), since(start));

        start = System.nanoTime();
        services = Services.open(registry, indexFolder, Duration.ZERO, IndexProgress.SILENT);
        rebuildSeconds = since(start);

        services.close();
        start = System.nanoTime();
        services = Services.open(registry, indexFolder, Duration.ZERO, IndexProgress.SILENT);
        search("сервер", 1);
        reopenSeconds = since(start);
        // the matcher prepares what it needs on first use; that belongs to loading, not to the first measured match
        services.search().match("", 1);
    }

    /** Seconds to build the index from the registry into an empty folder. */
    double rebuildSeconds() {
        return rebuildSeconds;
    }

    /** Seconds to open the existing index again, catch up with the registry and answer a first search. */
    double reopenSeconds() {
        return reopenSeconds;
    }

    @Override
    public List<Found> search(String query, int limit) {
        return search().search(query, SearchFilters.NONE, limit).hits().stream()
                .map(hit -> new Found(hit.standard().title(), hit.card() == null ? null : cardId(hit.card().id())))
                .toList();
    }

    @Override
    public List<Found> match(String text, int limit) {
        return search().match(text, limit).matches().stream()
                .map(match -> new Found(match.standard().title(), cardId(match.card().id())))
                .toList();
    }

    /** A card id ({@code EDITION/N}) with the edition named as the dataset names it. */
    private String cardId(String registryCardId) {
        int slash = registryCardId.indexOf('/');
        return editionIds.getOrDefault(registryCardId.substring(0, slash), registryCardId.substring(0, slash))
                + registryCardId.substring(slash);
    }

    private SearchBackend search() {
        return services.search();
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() throws Exception {
        if (services != null) {
            services.close();
        }
        if (ownsRegistry) {
            registry.close();
        }
    }
}
