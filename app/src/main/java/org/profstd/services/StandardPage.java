package org.profstd.services;

import java.util.List;
import org.profstd.registry.StandardSummary;

/** One page of a listing: the standards from {@code offset}, at most {@code limit}, of {@code total} that passed. */
public record StandardPage(int total, int limit, int offset, List<StandardSummary> standards) {
    public StandardPage {
        standards = List.copyOf(standards);
    }
}
