package org.profstd.registry;

import java.time.OffsetDateTime;

/**
 * One edition of a standard in its history, oldest first, with the act that published it and the document it was
 * read from.
 */
public record HistoryEntry(long editionId, String title, String code, String language, String version, Integer year,
        String status, String statusReason, Act act, String documentFile, String documentSha256,
        OffsetDateTime storedAt) {

    /** The legal act of an edition, with the act it amends when it is an amendment. */
    public record Act(String number, String date, String issuer, String kind, String amendsNumber, String amendsDate) {
    }
}
