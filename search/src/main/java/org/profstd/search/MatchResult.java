package org.profstd.search;

import java.util.List;

/** The profession cards a text fits, best first. */
public record MatchResult(List<CardMatch> matches) {
    public MatchResult {
        matches = List.copyOf(matches);
    }
}
