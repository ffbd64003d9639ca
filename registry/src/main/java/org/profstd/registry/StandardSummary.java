package org.profstd.registry;

/**
 * A standard as {@code list} shows it: its identity and its current edition (or, when none is current, its latest).
 */
public record StandardSummary(long id, String title, String code, String jurisdiction, String language,
        EditionRef edition, int cards) {

    /** The edition a summary speaks of. */
    public record EditionRef(long id, String version, Integer year, String status) {
    }
}
