package org.profstd.analysis.overlap;

import java.util.List;

/**
 * Near-duplicate requirements found in different standards.
 *
 * @param minSimilarity the lowest similarity of a pair that joined the cluster
 * @param standards     how many different standards the members come from
 */
public record Cluster(String level, double minSimilarity, int standards, List<Member> members) {
    public Cluster {
        members = List.copyOf(members);
    }
}
