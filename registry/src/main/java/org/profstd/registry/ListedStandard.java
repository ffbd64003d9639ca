package org.profstd.registry;

import java.util.List;

/** A standard as a catalog lists it: its summary, and the levels and classifier codes of its shown edition. */
public record ListedStandard(StandardSummary summary, List<Integer> levels, List<String> okedCodes,
        List<String> okzCodes) {
    public ListedStandard {
        levels = List.copyOf(levels);
        okedCodes = List.copyOf(okedCodes);
        okzCodes = List.copyOf(okzCodes);
    }
}
