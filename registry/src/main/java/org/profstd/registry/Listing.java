package org.profstd.registry;

import java.util.List;

/** One window of a listing of standards: {@code total} passed the filter, these are the ones of the window. */
public record Listing(int total, List<ListedStandard> standards) {
    public Listing {
        standards = List.copyOf(standards);
    }
}
