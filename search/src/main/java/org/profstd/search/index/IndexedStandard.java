package org.profstd.search.index;

import org.profstd.model.EditionStatus;
import org.profstd.model.Standard;

/**
 * One edition of a standard as the index receives it from the registry.
 *
 * @param standardId the standard across its editions (its code, or a slug of its title)
 * @param editionId  this edition; entries are replaced edition by edition
 * @param status     an {@link EditionStatus} value ({@code current}, {@code superseded} or {@code withdrawn});
 *                   searches see current editions unless history is asked for
 */
public record IndexedStandard(String standardId, String editionId, String status, Standard standard) {
    public static final String CURRENT = EditionStatus.CURRENT.value();
    public static final String SUPERSEDED = EditionStatus.SUPERSEDED.value();
    public static final String WITHDRAWN = EditionStatus.WITHDRAWN.value();

    public IndexedStandard {
        EditionStatus.of(status);
    }

    /** The id of the n-th card (1-based) of this edition. */
    public String cardId(int ordinal) {
        return editionId + "/" + ordinal;
    }
}
