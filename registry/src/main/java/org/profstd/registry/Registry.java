package org.profstd.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import com.zaxxer.hikari.HikariDataSource;
import org.profstd.registry.server.EmbeddedServer;

/**
 * The front door of the registry: a PostgreSQL database (embedded in a data folder, or an external server) holding
 * source documents, legal acts, standards and their editions. Opening it brings the schema up to date.
 *
 * <pre>{@code
 * try (Registry registry = Registry.embedded(Path.of("data"), "alice")) {
 *     IngestReport report = registry.ingest(Path.of("standard.txt"));
 * }
 * }</pre>
 */
public final class Registry implements AutoCloseable {
    private final Jdbi jdbi;
    private final String jdbcUrl;
    private final String actor;
    private final EmbeddedServer server;
    private final HikariDataSource pool;

    private Registry(String jdbcUrl, String actor, EmbeddedServer server) {
        this.jdbcUrl = jdbcUrl;
        this.actor = actor;
        this.server = server;
        this.pool = openPool(jdbcUrl);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        this.jdbi = Jdbi.create(pool);
    }

    private Registry(Registry shared, String actor) {
        this.jdbi = shared.jdbi;
        this.jdbcUrl = shared.jdbcUrl;
        this.actor = actor;
        this.server = null; // the shared registry owns the pool and the server, and closes them
        this.pool = null;
    }

    /** The registry of a data folder, served by an embedded PostgreSQL that keeps its cluster in the folder. */
    public static Registry embedded(Path dataDir, String actor) {
        EmbeddedServer server;
        try {
            server = EmbeddedServer.start(dataDir);
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.UNAVAILABLE, e.getMessage(), e);
        }
        try {
            return new Registry(server.jdbcUrl(), actor, server);
        } catch (RuntimeException e) {
            closeQuietly(server);
            throw e;
        }
    }

    /** The registry in an external PostgreSQL database ({@code jdbc:postgresql://host:port/db?user=...}). */
    public static Registry external(String jdbcUrl, String actor) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new RegistryException(RegistryException.Kind.INVALID,
                    "not a PostgreSQL JDBC URL: " + jdbcUrl + " (expected jdbc:postgresql://HOST:PORT/DATABASE)");
        }
        return new Registry(jdbcUrl, actor, null);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Stores a document that was already parsed; the way tests give the registry documents built by hand. */
    IngestReport ingest(org.profstd.model.ParseResult result, byte[] bytes) {
        return guarded(() -> new Ingester(jdbi, actor).ingest(result, bytes));
    }

    /** Ingests one document in one transaction; see {@link IngestReport} for what can come of it. */
    public IngestReport ingest(Path file) {
        return guarded(() -> new Ingester(jdbi, actor).ingest(file));
    }

    /** Ingests a document received as bytes (an upload), in one transaction. */
    public IngestReport ingest(String name, byte[] bytes) {
        return guarded(() -> new Ingester(jdbi, actor).ingest(name, bytes));
    }

    /** Ingests a document the caller has read already (an upload it showed first), without reading it again. */
    public IngestReport ingest(org.profstd.parse.Standards.Reading reading, byte[] bytes) {
        return guarded(() -> new Ingester(jdbi, actor).ingest(reading, bytes));
    }

    /** The same registry acting for another user (an API token's owner), for the audit log. */
    public Registry as(String otherActor) {
        return new Registry(this, otherActor);
    }

    /** Creates an API token for an owner; the token is shown once and stored only as a hash. */
    public String createToken(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new RegistryException(RegistryException.Kind.INVALID, "a token needs the name of its owner");
        }
        return guarded(() -> jdbi.inTransaction(h -> new Tokens(h).create(owner.strip(), actor)));
    }

    /** The owner of a valid token, or empty: how a write through the API learns who makes it. */
    public java.util.Optional<String> tokenOwner(String token) {
        return guarded(() -> jdbi.withHandle(h -> new Tokens(h).owner(token)));
    }

    public List<StandardSummary> list() {
        return guarded(() -> jdbi.withHandle(h -> new RegistryQueries(h).standards()));
    }

    /**
     * One window of the standards whose shown edition passes the filter, in an order ({@code code}, {@code title},
     * {@code year} newest first, or {@code cards} most first), with the levels and classifier codes of each.
     */
    public Listing listing(ListingFilter filter, String sort, int limit, int offset) {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).page(filter, sort, limit, offset)));
    }

    /**
     * How many standards each value of a dimension ({@code jurisdiction}, {@code language}, {@code status},
     * {@code level}, {@code oked} or {@code okz}, codes by their first two digits) gives, the filter's own value
     * of that dimension lifted.
     */
    public java.util.Map<String, Integer> facet(String dimension, ListingFilter filter) {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).facet(dimension, filter)));
    }

    /** Every edition by its columns (title, code, year, status, file), without reading its content. */
    public List<EditionEntry> editionEntries() {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).editions()));
    }

    /** The current editions stored last, newest first. */
    public List<EditionEntry> latestCurrent(int count) {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).latestCurrent(count)));
    }

    /**
     * The same edition in other languages registered as other standards: editions of the same jurisdiction and act,
     * in another language, with the same code (or as many cards when either has no code).
     */
    public List<EditionEntry> sameActOtherLanguage(long editionId) {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).sameActOtherLanguage(editionId)));
    }

    /** Standards in force, and the cards and items of their current editions. */
    public RegistryTotals totals() {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).totals()));
    }

    /** Whether the registry holds no edition yet. */
    public boolean isEmpty() {
        return guarded(() -> jdbi.withHandle(h -> new ListingQueries(h).isEmpty()));
    }

    /** The summary of a standard, or of the standard it was merged into; not found for an unknown id. */
    public StandardSummary summary(long standardId) {
        return guarded(() -> jdbi.withHandle(h -> new RegistryQueries(h).standard(existing(h, standardId))
                .orElseThrow(() -> RegistryException.notFound("standard", standardId))));
    }

    /** The standard as its shown edition (the current one) was read: the canonical JSON as {@code parse} printed it. */
    public Standard show(long standardId) {
        return guarded(() -> jdbi.withHandle(h -> {
            long edition = shownEdition(h, standardId);
            return CanonicalJson.mapper().readValue(new RegistryQueries(h).canonicalJson(edition), Standard.class);
        }));
    }

    /**
     * Rebuilds the content rows of every edition from its canonical JSON, the edition's truth, in one transaction:
     * the rows are a projection of it. Returns how many editions were rebuilt.
     */
    public int rebuildContent() {
        return guarded(() -> jdbi.inTransaction(h -> {
            List<Long> editions = h.createQuery("select id from edition order by id").mapTo(Long.class).list();
            RegistryQueries queries = new RegistryQueries(h);
            ContentStore content = new ContentStore(h);
            for (long edition : editions) {
                Standard standard = CanonicalJson.mapper().readValue(queries.canonicalJson(edition), Standard.class);
                content.delete(edition);
                content.insert(edition, standard);
            }
            return editions.size();
        }));
    }

    /** The shown edition of a standard rebuilt from the registry's tables, cards down to items. */
    public Standard showFromTables(long standardId) {
        return guarded(() -> jdbi.withHandle(h -> new EditionReader(h).read(shownEdition(h, standardId))));
    }

    /** Every edition of every standard, with its status: what the search index is built from. */
    public List<EditionSnapshot> editions() {
        return guarded(() -> jdbi.withHandle(h -> new EditionQueries(h).all()));
    }

    /** One edition whole. */
    /** Every edition of these standards, whatever their status. */
    public List<EditionSnapshot> editionsOf(java.util.Collection<Long> standardIds) {
        return guarded(() -> jdbi.withHandle(h -> new EditionQueries(h).ofStandards(standardIds)));
    }

    /** The editions of the standards in one language (an edition without a recorded language counts as Russian). */
    public List<EditionSnapshot> editionsOf(java.util.Collection<Long> standardIds, Language language) {
        return guarded(() -> jdbi.withHandle(h -> new EditionQueries(h).ofStandards(standardIds, language)));
    }

    /** The ids of the standards that have editions: what a full rebuild of the search index reads. */
    public List<Long> standardIds() {
        return guarded(() -> jdbi.withHandle(h -> new ChangeFeed(h).standardsWithEditions()));
    }

    /** This registry's identity, fixed when its database was created. */
    public String registryId() {
        return guarded(() -> jdbi.withHandle(h -> new ChangeFeed(h).registryId()));
    }

    /** The standards changed since a horizon (see {@link StandardChanges}), and the next horizon. */
    public StandardChanges changesSince(String horizon) {
        return guarded(() -> jdbi.withHandle(h -> new ChangeFeed(h).since(horizon)));
    }

    /** The horizon to take before reading the whole registry, so that changes made meanwhile are asked for later. */
    public String horizon() {
        return guarded(() -> jdbi.withHandle(h -> new ChangeFeed(h).horizon()));
    }

    public EditionSnapshot edition(long editionId) {
        return guarded(() -> jdbi.withHandle(h -> new EditionQueries(h).one(editionId)
                .orElseThrow(() -> RegistryException.notFound("edition", editionId))));
    }

    /** The text lines of the document an edition was read from. */
    public SourceView source(long editionId) {
        return guarded(() -> jdbi.withHandle(h -> new EditionQueries(h).source(editionId)
                .orElseThrow(() -> RegistryException.notFound("edition", editionId))));
    }

    /** Every edition of a standard, oldest first (by year, then version). */
    public List<HistoryEntry> history(long standardId) {
        return guarded(() -> jdbi.withHandle(h -> {
            long id = existing(h, standardId);
            List<HistoryEntry> entries = new ArrayList<>(new RegistryQueries(h).history(id));
            entries.sort(Comparator.comparing(e -> new EditionOrder.Key(e.editionId(), e.year(), e.version()),
                    EditionOrder.OLDEST_FIRST));
            return entries;
        }));
    }

    /** Whether a document with these bytes (their SHA-256 in hex) is stored already. */
    public boolean hasDocument(String sha256) {
        return guarded(() -> jdbi.withHandle(h -> new DocumentStore(h).idOf(sha256).isPresent()));
    }

    /** The first edition read from the document with these bytes (its SHA-256 in hex): whose source lines it has. */
    public java.util.Optional<Long> editionReadFrom(String sha256) {
        return guarded(() -> jdbi.withHandle(h -> h.createQuery("""
                        select e.id from edition e join source_document d on d.id = e.document_id
                        where d.sha256 = :sha order by e.id limit 1""")
                .bind("sha", sha256).mapTo(Long.class).findOne()));
    }

    /** When an edition was withdrawn, as the audit log recorded it; empty for an edition never withdrawn. */
    public java.util.Optional<java.time.OffsetDateTime> withdrawnAt(long editionId) {
        return guarded(() -> jdbi.withHandle(h -> h.createQuery("""
                        select max(at) from audit_log where entity = 'edition' and entity_id = :id and action = 'withdraw'""")
                .bind("id", editionId).mapTo(java.time.OffsetDateTime.class).findOne()));
    }

    /** Marks the standard's editions in force as withdrawn, with the reason; nothing is deleted. */
    public int withdraw(long standardId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RegistryException(RegistryException.Kind.INVALID, "a withdrawal needs a reason");
        }
        return guarded(() -> jdbi.inTransaction(h -> {
            int withdrawn = new EditionStore(h, new AuditLog(h, actor)).withdraw(existing(h, standardId), reason.strip());
            if (withdrawn == 0) {
                throw new RegistryException(RegistryException.Kind.CONFLICT,
                        "standard " + standardId + " has no edition in force");
            }
            return withdrawn;
        }));
    }

    /**
     * Declares that the standard {@code laterId} (a later edition published under a changed code) continues the
     * standard {@code earlierId}: its editions join the earlier standard's history and stay there on later ingests.
     */
    public void link(long earlierId, long laterId) {
        guarded(() -> jdbi.inTransaction(h -> {
            AuditLog audit = new AuditLog(h, actor);
            StandardStore standards = new StandardStore(h, audit);
            long earlier = existing(h, earlierId);
            long later = existing(h, laterId);
            if (earlier == later) {
                throw new RegistryException(RegistryException.Kind.INVALID,
                        "standards " + earlierId + " and " + laterId + " are already one standard");
            }
            standards.link(earlier, later, actor);
            new EditionStore(h, audit).settleStatuses(earlier);
            return null;
        }));
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            closeQuietly(server);
        }
    }

    private static HikariDataSource openPool(String jdbcUrl) {
        try {
            return ConnectionPool.open(jdbcUrl);
        } catch (RuntimeException e) {
            throw new RegistryException(RegistryException.Kind.UNAVAILABLE, "cannot reach the registry database: "
                    + firstLine(rootCause(e).getMessage()), e);
        }
    }

    private static long shownEdition(org.jdbi.v3.core.Handle h, long standardId) {
        long id = existing(h, standardId);
        return new RegistryQueries(h).shownEdition(id)
                .orElseThrow(() -> RegistryException.notFound("edition of standard", standardId));
    }

    /** The standard with this id, followed through links; a not-found error when there is none. */
    private static long existing(org.jdbi.v3.core.Handle h, long standardId) {
        StandardStore standards = new StandardStore(h, null);
        if (!standards.exists(standardId)) {
            throw RegistryException.notFound("standard", standardId);
        }
        return standards.resolve(standardId);
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new RegistryException(RegistryException.Kind.UNAVAILABLE, "cannot prepare the registry database: "
                    + firstLine(rootCause(e).getMessage()), e);
        }
    }

    /** A database that cannot be reached, or a failing statement, becomes one line for the user. */
    /**
     * Runs registry work. Only a failure of the database (an SQL error under JDBI, a connection that cannot be had)
     * is "unavailable"; a fault of this code (a null pointer, stored JSON that no longer reads) stays a fault, so it is
     * reported as one and not as a database that cannot be reached.
     */
    private static <T> T guarded(Work<T> work) {
        try {
            return work.run();
        } catch (JdbiException | SQLException e) {
            if (!databaseFailure(e)) {
                throw e instanceof JdbiException j ? j : new IllegalStateException(e);
            }
            throw new RegistryException(RegistryException.Kind.UNAVAILABLE,
                    "registry database: " + firstLine(rootCause(e).getMessage()), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("registry: " + e.getMessage(), e);
        }
    }

    private static boolean databaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof ConnectionException) {
                return true;
            }
        }
        return false;
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof SQLException || t.getMessage() != null ? t : e;
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.strip().split("\n", 2)[0];
    }

    private static void closeQuietly(EmbeddedServer server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("profstd: " + e.getMessage());
        }
    }
}
