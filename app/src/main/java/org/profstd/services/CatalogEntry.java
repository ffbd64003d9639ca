package org.profstd.services;

import java.util.List;
import org.profstd.registry.StandardSummary;

/** A standard as the catalog lists it: its summary and the codes and levels of its shown edition. */
public record CatalogEntry(StandardSummary standard, List<Integer> levels, List<String> okedCodes, List<String> okzCodes) {
    public CatalogEntry {
        levels = List.copyOf(levels);
        okedCodes = List.copyOf(okedCodes);
        okzCodes = List.copyOf(okzCodes);
    }
}
