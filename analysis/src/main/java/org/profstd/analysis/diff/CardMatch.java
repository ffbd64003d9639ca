package org.profstd.analysis.diff;

/**
 * A card of the old edition paired with a card of the new one.
 *
 * @param score how sure the pairing is: above 1 for the same profession at the same level (1 + content similarity),
 *              the content similarity alone for the same profession at another level
 */
public record CardMatch(String oldCard, String newCard, double score) {
}
