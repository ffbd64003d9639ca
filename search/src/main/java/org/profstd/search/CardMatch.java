package org.profstd.search;

import java.util.List;

/**
 * How well a text fits one profession card.
 *
 * @param coverage the share of the card's requirements the text evidences, 0-1
 */
public record CardMatch(double score, double coverage, StandardRef standard, CardRef card, List<Evidence> evidence) {
    public CardMatch {
        evidence = List.copyOf(evidence);
    }
}
