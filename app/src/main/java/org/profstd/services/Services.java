package org.profstd.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.parse.Standards;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.search.SearchBackend;
import org.profstd.search.SearchService;

/**
 * The registry and its search index working together, for the command line and the web server alike: the one way in
 * for every interface. Every change made through here reaches the index before the call returns; changes made by
 * other processes reach it when the index {@linkplain IndexKeeper catches up} (on open, and continually in a server).
 */
public final class Services implements AutoCloseable {
    private final Registry registry;
    private final SearchIndexKeeper keeper;
    private final SearchBackend search;
    private final Equivalences equivalences;

    private Services(Registry registry, IndexKeeper keeper) {
        this(registry, keeper, keeper.search());
    }

    private Services(Registry registry, SearchIndexKeeper keeper, SearchBackend search) {
        this.registry = registry;
        this.keeper = keeper;
        this.search = search;
        this.equivalences = new Equivalences(registry);
    }

    /**
     * Services over an open registry whose search runs elsewhere (a search cluster), kept in step with the registry by
     * {@code keeper}. The registry stays the caller's; closing the services closes the keeper and the backend.
     */
    public static Services with(Registry registry, SearchIndexKeeper keeper, SearchBackend search) {
        return new Services(registry, keeper, search);
    }

    /** Services over an open registry with an index in memory, built now. The registry stays the caller's. */
    public static Services over(Registry registry) {
        return new Services(registry, IndexKeeper.inMemory(registry, IndexProgress.SILENT));
    }

    /**
     * Services over an open registry with its index kept in a folder: opened and brought up to date (rebuilt when
     * missing, corrupt or outdated). The registry stays the caller's.
     *
     * @param waitForWriter how long to wait for another process writing the index to let go of it
     */
    public static Services open(Registry registry, Path indexFolder, Duration waitForWriter, IndexProgress progress) {
        return new Services(registry, IndexKeeper.open(registry, indexFolder, waitForWriter, progress));
    }

    /**
     * Services over an open registry with the index an {@link IndexOpening} began to open while the registry started,
     * brought up to date. The registry stays the caller's.
     */
    public static Services open(Registry registry, IndexOpening opening, Duration waitForWriter,
            IndexProgress progress) {
        return new Services(registry, IndexKeeper.open(registry, opening, waitForWriter, progress));
    }

    public Registry registry() {
        return registry;
    }

    public SearchBackend search() {
        return search;
    }

    /** The index's keeper: to follow the registry's changes in a server, or rebuild on request. */
    public SearchIndexKeeper index() {
        return keeper;
    }

    /** Browsing the registry: standards filtered and paged, editions, cards, source lines. */
    public Catalog catalog() {
        return new Catalog(registry);
    }

    /** The catalog of standards with filters, sorting, paging and facets. */
    public CatalogListing listing() {
        return new CatalogListing(registry);
    }

    /** A standard with its editions and translations, as its page shows it. */
    public StandardViews standardViews() {
        return new StandardViews(registry);
    }

    /** Standards and cards by code, whatever their ids. */
    public Permalinks permalinks() {
        return new Permalinks(registry);
    }

    /** CVs and vacancies against the cards of the index. */
    public Matching matching() {
        return new Matching(search);
    }

    public Diffs diffs() {
        return new Diffs(registry);
    }

    public Exports exports() {
        return new Exports(registry);
    }

    /** Educational programmes against the labor functions of an edition. */
    public Curricula curricula() {
        return new Curricula(registry);
    }

    /** Kazakh and Russian standards of one occupation; keeps what it computed for the life of the services. */
    public Equivalences equivalences() {
        return equivalences;
    }

    /** Ingests a file, then brings the index up to date with what it changed. */
    public IngestReport ingest(Path file) {
        return indexed(registry.ingest(file));
    }

    /** Ingests an upload on behalf of a user (an API token's owner). */
    public IngestReport ingest(String name, byte[] bytes, String actor) {
        return indexed(registry.as(actor).ingest(name, bytes));
    }

    /** Ingests an upload already read (its report shown first) on behalf of a user, without reading it again. */
    public IngestReport ingest(Standards.Reading reading, byte[] bytes, String actor) {
        return indexed(registry.as(actor).ingest(reading, bytes));
    }

    /** The owner of a valid API token; empty for an unknown or revoked one. */
    public java.util.Optional<String> tokenOwner(String token) {
        return registry.tokenOwner(token);
    }

    /** Loads a corpus folder into an empty registry (first start); returns what each document became. */
    public List<IngestReport> loadIfEmpty(Path corpus) {
        return registry.isEmpty() ? load(corpus) : List.of();
    }

    /** Loads every document of a corpus folder (none when the folder is missing); returns what each became. */
    public List<IngestReport> load(Path corpus) {
        if (corpus == null || !Files.isDirectory(corpus)) {
            return List.of();
        }
        List<IngestReport> reports = new ArrayList<>();
        for (Path file : files(corpus)) {
            reports.add(registry.ingest(file));
        }
        keeper.catchUp();
        return reports;
    }

    /** Brings the index up to date with every change of the registry (a withdrawal or a link made here or elsewhere). */
    public void catchUp() {
        keeper.catchUp();
    }

    private IngestReport indexed(IngestReport report) {
        if (report.status() == IngestReport.Status.STORED) {
            keeper.catchUp();
        }
        return report;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Follows the registry's changes made by other processes, every {@code interval}: how a server stays current. */
    public void follow(Duration interval) {
        keeper.follow(interval);
    }

    @Override
    public void close() throws IOException {
        if (search != null && !(search instanceof SearchService)) {
            search.close(); // the embedded service shares the keeper's index, which the keeper closes
        }
        keeper.close();
    }
}
