package org.profstd.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.search.SearchService;
import org.profstd.search.index.IndexedStandard;

/**
 * The registry and its search index working together, for the command line and the web server alike: every
 * ingest that stores something updates the index of the standards it touched, so search always answers from what
 * the registry holds.
 */
public final class Services implements AutoCloseable {
    private final Registry registry;
    private final SearchService search = new SearchService();

    private Services(Registry registry) {
        this.registry = registry;
    }

    /** Services over an open registry; builds the search index from every edition it holds. The registry stays the caller's. */
    public static Services over(Registry registry) {
        Services services = new Services(registry);
        services.reindexAll();
        return services;
    }

    public Registry registry() {
        return registry;
    }

    public SearchService search() {
        return search;
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

    /** Ingests a file, then brings the index up to date with the standards it touched. */
    public IngestReport ingest(Path file) {
        return indexed(registry.ingest(file));
    }

    /** Ingests an upload on behalf of a user (an API token's owner). */
    public IngestReport ingest(String name, byte[] bytes, String actor) {
        return indexed(registry.as(actor).ingest(name, bytes));
    }

    /** The owner of a valid API token; empty for an unknown or revoked one. */
    public java.util.Optional<String> tokenOwner(String token) {
        return registry.tokenOwner(token);
    }

    /** Loads a corpus folder into an empty registry (first start); returns what each document became. */
    public List<IngestReport> loadIfEmpty(Path corpus) {
        if (!registry.list().isEmpty() || corpus == null || !Files.isDirectory(corpus)) {
            return List.of();
        }
        List<IngestReport> reports = new ArrayList<>();
        for (Path file : files(corpus)) {
            reports.add(ingest(file));
        }
        return reports;
    }

    /** Rebuilds the index of every standard: after a withdrawal or a link, which change statuses. */
    public void reindexAll() {
        registry.editions().stream().map(EditionSnapshot::standardId).distinct().forEach(this::reindex);
    }

    /** Re-reads every edition of one standard into the index: a new edition changes the status of the old ones. */
    public void reindex(long standardId) {
        search.remove(String.valueOf(standardId));
        for (EditionSnapshot e : registry.editions()) {
            if (e.standardId() == standardId) {
                search.put(new IndexedStandard(String.valueOf(e.standardId()), String.valueOf(e.editionId()),
                        e.status(), e.standard()));
            }
        }
    }

    private IngestReport indexed(IngestReport report) {
        if (report.status() == IngestReport.Status.STORED) {
            report.standards().stream().map(IngestReport.StandardOutcome::standardId).distinct().forEach(this::reindex);
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

    @Override
    public void close() throws IOException {
        search.close();
    }
}
