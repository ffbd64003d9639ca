package org.profstd.services;

import org.profstd.analysis.equivalence.Equivalence;
import org.profstd.registry.EditionSnapshot;

/**
 * An equivalence as a page shows it: the two editions compared, the analysis, and how many labor functions of each
 * side have a counterpart on the other.
 *
 * @param kzShared the KZ standard's labor functions with a counterpart (one repeated on several levels counted once)
 * @param ruShared the RU standard's labor functions with a counterpart
 */
public record EquivalenceView(EditionSnapshot kz, EditionSnapshot ru, Equivalence equivalence, int kzShared,
        int kzFunctions, int ruShared, int ruFunctions) {
}
