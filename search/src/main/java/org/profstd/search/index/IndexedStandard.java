package org.profstd.search.index;

import java.util.Set;
import org.profstd.model.Standard;

/**
 * One edition of a standard as the index receives it from the registry.
 *
 * @param standardId the standard across its editions (its code, or a slug of its title)
 * @param editionId  this edition; entries are replaced edition by edition
 * @param status     {@value #CURRENT}, {@value #SUPERSEDED} or {@value #WITHDRAWN}; searches see current editions
 *                   unless history is asked for
 */
public record IndexedStandard(String standardId, String editionId, String status, Standard standard) {
    public static final String CURRENT = "current";
    public static final String SUPERSEDED = "superseded";
    public static final String WITHDRAWN = "withdrawn";
    private static final Set<String> STATUSES = Set.of(CURRENT, SUPERSEDED, WITHDRAWN);

    public IndexedStandard {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("edition status must be one of " + STATUSES + ", not " + status);
        }
    }

    /** The id of the n-th card (1-based) of this edition. */
    public String cardId(int ordinal) {
        return editionId + "/" + ordinal;
    }
}
