package org.profstd.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.ReadLimits;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.registry.IngestReport.Outcome;
import org.profstd.registry.IngestReport.StandardOutcome;

/**
 * Ingests one document: reads and parses it outside any transaction, then stores the document, its act and the
 * editions of its standards in one transaction. A document that cannot be read changes nothing; the same bytes twice
 * change nothing the second time. Ingests are serialised by a transaction-scoped advisory lock, so two processes
 * ingesting the same document end with one copy of it, and two documents bringing the same new standard end with one
 * standard.
 */
final class Ingester {
    /** The advisory lock every ingest transaction takes (an arbitrary constant, "profstd" on a phone keypad). */
    private static final long INGEST_LOCK = 77637873L;

    private final Jdbi jdbi;
    private final String actor;

    Ingester(Jdbi jdbi, String actor) {
        this.jdbi = jdbi;
        this.actor = actor;
    }

    IngestReport ingest(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > ReadLimits.MAX_FILE_BYTES) {
                return IngestReport.refused(name, null, "the file has " + Files.size(file) + " bytes, more than the"
                        + " limit of " + ReadLimits.MAX_FILE_BYTES + "; it is refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return IngestReport.refused(name, null, "no such file: " + file);
        } catch (IOException e) {
            return IngestReport.refused(name, null, "cannot read " + file + ": " + e.getMessage());
        }
        return ingest(name, bytes);
    }

    IngestReport ingest(String name, byte[] bytes) {
        String sha256 = Standards.sha256(bytes);
        if (jdbi.withHandle(h -> new DocumentStore(h).idOf(sha256)).isPresent()) {
            return IngestReport.unchanged(name, sha256);
        }
        Standards.Reading reading;
        try {
            reading = Standards.read(name, bytes);
        } catch (UnreadableDocumentException e) {
            return IngestReport.refused(name, sha256, e.getMessage());
        } catch (RuntimeException e) {
            return IngestReport.refused(name, sha256, "the reader failed on this document: " + e);
        } catch (StackOverflowError e) {
            // a document nested beyond what the parser's recursion can follow: refused, the next one is read
            return IngestReport.refused(name, sha256, "the document is nested too deeply to read");
        }
        return ingest(reading, bytes);
    }

    /** Stores a document that was already parsed (its bytes are what the result's sha256 was taken of). */
    IngestReport ingest(ParseResult result, byte[] bytes) {
        return ingest(new Standards.Reading(result, Standards.lines(result.source().file(), bytes)), bytes);
    }

    /** Stores a document that was already read, its lines with it, so that it is not read again. */
    IngestReport ingest(Standards.Reading reading, byte[] bytes) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                handle -> store(handle, reading.result(), bytes, reading.lines()));
    }

    private IngestReport store(Handle handle, ParseResult result, byte[] bytes, List<String> lines) {
        handle.createQuery("select 1 from pg_advisory_xact_lock(:key)").bind("key", INGEST_LOCK)
                .mapTo(Integer.class).one();
        String sha256 = result.source().sha256();
        DocumentStore documents = new DocumentStore(handle);
        if (documents.idOf(sha256).isPresent()) {
            return IngestReport.unchanged(result.source().file(), sha256); // another ingest stored it meanwhile
        }
        AuditLog audit = new AuditLog(handle, actor);
        long documentId = documents.insert(result, bytes, lines, actor);
        audit.record("ingest", "source_document", documentId, result.source().file() + " " + sha256);
        Long actId = new ActStore(handle, audit).store(result.act());
        List<StandardOutcome> outcomes = new ArrayList<>();
        for (Standard standard : result.standards()) {
            outcomes.add(storeStandard(handle, audit, standard, actId, documentId, sha256));
        }
        List<StandardOutcome> settled = outcomes.stream().map(o -> withStatus(handle, o)).toList();
        PauseHook.beforeCommit(System.out);
        return new IngestReport(result.source().file(), sha256, IngestReport.Status.STORED, null, settled);
    }

    private StandardOutcome storeStandard(Handle handle, AuditLog audit, Standard standard, Long actId, long documentId,
            String documentSha256) {
        StandardStore standards = new StandardStore(handle, audit);
        EditionStore editions = new EditionStore(handle, audit);
        StandardIdentity identity = StandardIdentity.of(standard, documentSha256);
        Optional<Long> known = standards.find(identity).map(standards::resolve);
        long standardId = known.orElseGet(() -> standards.create(identity, standard.code()));
        standards.addKeys(standardId, identity, standard.code());
        String content = ContentFingerprint.of(standard);
        Optional<Long> sameContent = editions.withContent(standardId, content);
        Optional<Long> sameEdition = sameContent.isPresent() ? Optional.empty()
                : editions.sameEdition(standardId, standard, actId);
        if (sameEdition.isPresent()) {
            // one published edition, two documents: the first reading stays the edition's content; this document is
            // kept whole as another source of it, so nothing it says is lost
            new DocumentStore(handle).addEditionSource(sameEdition.get(), documentId);
            audit.record("source added", "edition", sameEdition.get(), "version " + standard.version() + " of "
                    + standard.year() + " (act " + actId + ") read again from another document whose content differs");
            return new StandardOutcome(standardId, sameEdition.get(), standard.title(), Outcome.KNOWN_EDITION, null);
        }
        if (sameContent.isPresent()) {
            new DocumentStore(handle).addEditionSource(sameContent.get(), documentId);
            return new StandardOutcome(standardId, sameContent.get(), standard.title(), Outcome.KNOWN_EDITION, null);
        }
        long editionId = editions.insert(standardId, standard, actId, documentId, content);
        new DocumentStore(handle).addEditionSource(editionId, documentId);
        new ContentStore(handle).insert(editionId, standard);
        editions.settleStatuses(standardId);
        return new StandardOutcome(standardId, editionId, standard.title(),
                known.isPresent() ? Outcome.NEW_EDITION : Outcome.NEW_STANDARD, null);
    }

    /** The status each edition has once the whole document is stored (a later standard may supersede an earlier). */
    private static StandardOutcome withStatus(Handle handle, StandardOutcome o) {
        return new StandardOutcome(o.standardId(), o.editionId(), o.title(), o.outcome(),
                new EditionStore(handle, null).status(o.editionId()));
    }
}
