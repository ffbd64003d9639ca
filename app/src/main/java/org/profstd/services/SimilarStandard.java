package org.profstd.services;

import java.util.List;

/**
 * A standard of the other jurisdiction related to an edition (see {@link Equivalences#similar}), with the figures of
 * the comparison.
 *
 * @param editionId   its edition in force, the one compared
 * @param kzShared    the labor functions of the KZ standard that have a counterpart in the RU one (a function
 *                    repeated on several levels counted once), of {@code kzFunctions}
 * @param ruShared    the labor functions of the RU standard that have a counterpart in the KZ one, of
 *                    {@code ruFunctions}
 * @param pairs       how many KZ cards were paired with an RU generalized function
 */
public record SimilarStandard(long standardId, long editionId, String title, String code, String jurisdiction,
        Integer year, int kzShared, int kzFunctions, int ruShared, int ruFunctions, int pairs,
        List<String> sharedOccupationGroups) {

    public SimilarStandard {
        sharedOccupationGroups = List.copyOf(sharedOccupationGroups);
    }
}
