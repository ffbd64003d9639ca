package org.profstd.search;

/**
 * A requirement of a card that a text evidences.
 *
 * @param kind   {@code ability}, {@code knowledge} or {@code action}
 * @param source the sentence of the text that evidences it
 */
public record Evidence(String requirement, String kind, String source) {
}
