package org.profstd.registry;

import java.util.List;

/**
 * What ingesting one document did.
 *
 * @param status     {@code STORED} (the document and its new editions were stored), {@code UNCHANGED} (these bytes
 *                   were ingested before: nothing changed) or {@code REFUSED} (the document could not be read:
 *                   nothing changed)
 * @param message    for a refused document, why
 * @param standards  what became of each standard the document holds (empty unless stored)
 */
public record IngestReport(String file, String sha256, Status status, String message, List<StandardOutcome> standards) {
    public enum Status { STORED, UNCHANGED, REFUSED }

    public IngestReport {
        standards = List.copyOf(standards);
    }

    static IngestReport unchanged(String file, String sha256) {
        return new IngestReport(file, sha256, Status.UNCHANGED, "already in the registry", List.of());
    }

    static IngestReport refused(String file, String sha256, String reason) {
        return new IngestReport(file, sha256, Status.REFUSED, reason, List.of());
    }

    /**
     * One standard of an ingested document.
     *
     * @param outcome {@code NEW_STANDARD} (first edition of a standard not seen before), {@code NEW_EDITION} (a new
     *                edition of a known standard), {@code KNOWN_EDITION} (the same content is already an edition: this
     *                document is recorded as another source of it)
     * @param status  the edition's status after the ingest: {@code current}, {@code superseded} or {@code withdrawn}
     */
    public record StandardOutcome(long standardId, long editionId, String title, Outcome outcome, String status) {
    }

    public enum Outcome { NEW_STANDARD, NEW_EDITION, KNOWN_EDITION }
}
