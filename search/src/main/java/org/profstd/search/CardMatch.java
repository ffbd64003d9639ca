package org.profstd.search;

import java.util.List;

/**
 * How well a text fits one profession card, and why.
 *
 * @param coverage the share of the card's requirements the text evidences, 0-1
 */
public record CardMatch(double score, double coverage, StandardRef standard, CardRef card, List<Evidence> evidence,
        MatchReason why) {
    public CardMatch {
        evidence = List.copyOf(evidence);
    }
}
