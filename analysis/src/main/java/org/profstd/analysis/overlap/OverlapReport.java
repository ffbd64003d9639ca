package org.profstd.analysis.overlap;

import java.util.List;

/** The clusters of near-duplicate functions, units and items across the standards compared. */
public record OverlapReport(List<String> standards, double minSimilarity, List<Cluster> clusters) {
    public OverlapReport {
        standards = List.copyOf(standards);
        clusters = List.copyOf(clusters);
    }
}
