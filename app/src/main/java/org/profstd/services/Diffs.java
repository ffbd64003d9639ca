package org.profstd.services;

import org.profstd.analysis.diff.EditionDiff;
import org.profstd.analysis.diff.EditionDiffer;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;

/** Two editions of the registry compared card by card, as {@code profstd diff} compares two documents. */
public final class Diffs {
    private final Registry registry;

    public Diffs(Registry registry) {
        this.registry = registry;
    }

    public EditionDiff diff(long oldEditionId, long newEditionId) {
        EditionSnapshot older = registry.edition(oldEditionId);
        EditionSnapshot newer = registry.edition(newEditionId);
        return EditionDiffer.diff(older.sourceFile(), older.standard(), newer.sourceFile(), newer.standard());
    }
}
