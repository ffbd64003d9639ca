package org.profstd.analysis.overlap;

/**
 * One occurrence of a requirement: where it is and what it says.
 *
 * @param level {@code function}, {@code unit} or {@code item}
 */
public record Member(String level, String file, String standard, String card, Integer cardLevel, String text,
        int line) {
}
