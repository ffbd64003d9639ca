package org.profstd.services;

import java.util.List;
import org.profstd.model.Jurisdiction;

/**
 * The standards of the other jurisdiction related to an edition.
 *
 * @param jurisdiction the jurisdiction searched, the other one than the edition's
 * @param comparable   false for an edition in Kazakh: its wording cannot be compared with Russian standards
 * @param compared     how many standards of the other jurisdiction it was compared with
 * @param similar      the related ones, the most functions shared first
 */
public record SimilarStandards(long editionId, Jurisdiction jurisdiction, boolean comparable, int compared,
        List<SimilarStandard> similar) {

    public SimilarStandards {
        similar = List.copyOf(similar);
    }
}
