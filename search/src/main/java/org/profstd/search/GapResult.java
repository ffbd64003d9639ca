package org.profstd.search;

import java.util.List;

/** A card's requirements split into those a text evidences and those it does not. */
public record GapResult(StandardRef standard, CardRef card, List<Evidence> met, List<Requirement> notMet) {
    public GapResult {
        met = List.copyOf(met);
        notMet = List.copyOf(notMet);
    }

    /** A requirement of a card: an ability, knowledge or labor action. */
    public record Requirement(String requirement, String kind) {
    }
}
