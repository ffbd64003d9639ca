package org.profstd.analysis.equivalence;

import java.util.List;

/**
 * A labor function of a KZ card and its counterpart among the functions of an RU generalized function, with their
 * requirements compared both ways.
 *
 * @param ruCode the RU function code, {@code A/01.3}
 */
public record SharedFunction(String kz, String ru, String ruCode, double similarity,
        List<RequirementPair> sharedRequirements, List<Requirement> onlyKzRequirements,
        List<Requirement> onlyRuRequirements) {

    public SharedFunction {
        sharedRequirements = List.copyOf(sharedRequirements);
        onlyKzRequirements = List.copyOf(onlyKzRequirements);
        onlyRuRequirements = List.copyOf(onlyRuRequirements);
    }
}
