package org.profstd.services;

import java.util.List;
import org.profstd.registry.HistoryEntry;
import org.profstd.registry.StandardSummary;

/** A standard with its editions, oldest first. */
public record StandardDetail(StandardSummary standard, List<HistoryEntry> editions) {
    public StandardDetail {
        editions = List.copyOf(editions);
    }
}
