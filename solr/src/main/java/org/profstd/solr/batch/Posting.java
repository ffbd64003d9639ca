package org.profstd.solr.batch;

/**
 * One posting (a vacancy or CV) of a batch: its id in the output, its text, and where it was read from (a file, or
 * a line of a JSON Lines file) for diagnostics.
 */
public record Posting(String id, String text, String source) {
}
