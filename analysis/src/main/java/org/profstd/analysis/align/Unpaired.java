package org.profstd.analysis.align;

/**
 * A part of one document without a counterpart in the other.
 *
 * @param side {@code first} or {@code second}: the document it is in
 */
public record Unpaired(String level, String side, String path, String text, int line) {
}
