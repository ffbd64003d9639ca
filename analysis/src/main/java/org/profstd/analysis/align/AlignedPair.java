package org.profstd.analysis.align;

/**
 * Two parts taken to be translations of each other.
 *
 * @param level  {@code card}, {@code function}, {@code unit} or {@code item}
 * @param first  where the part is in the first document (path in words)
 * @param second where its counterpart is in the second
 * @param score  how sure the pairing is, 0-1: position in the list, translated words and shared anchors
 */
public record AlignedPair(String level, String first, String second, String firstText, String secondText,
        int firstLine, int secondLine, double score) {
}
