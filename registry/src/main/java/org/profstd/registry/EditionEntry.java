package org.profstd.registry;

/** An edition as a list of editions names it, read from its columns alone (not from its canonical JSON). */
public record EditionEntry(long standardId, long editionId, String title, String code, String language,
        Integer year, String status, String sourceFile) {
}
