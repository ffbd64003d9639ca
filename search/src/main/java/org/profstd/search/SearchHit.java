package org.profstd.search;

/**
 * One entry found.
 *
 * @param highlight the text with the matched words in {@code <b>...</b>}
 * @param card      null for a standard
 */
public record SearchHit(String type, float score, String text, String highlight, StandardRef standard, CardRef card) {
}
