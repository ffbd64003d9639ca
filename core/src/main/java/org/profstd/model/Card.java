package org.profstd.model;

import java.util.List;

/**
 * A profession card: one profession at one qualification level (KZ), or a generalized labor function (RU ОТФ).
 *
 * @param code      the occupation code ({@code 3512-1-001}) or, for RU, the ОТФ letter ({@code A})
 * @param groupCode the occupation group ({@code 3512-1})
 * @param level     ORK level 1-8 (KZ) or qualification level 1-9 (RU)
 * @param sublevel  the ORK sublevel as printed, when the card has one
 */
public record Card(
        String name,
        String code,
        String groupCode,
        Integer level,
        String sublevel,
        List<String> altNames,
        List<String> jobTitles,
        String goal,
        String education,
        String experience,
        String specialConditions,
        Span span,
        List<LaborFunction> functions,
        List<String> personalCompetencies,
        List<RelatedProfession> relatedProfessions) {

    public Card {
        altNames = List.copyOf(altNames);
        jobTitles = List.copyOf(jobTitles);
        functions = List.copyOf(functions);
        personalCompetencies = List.copyOf(personalCompetencies);
        relatedProfessions = List.copyOf(relatedProfessions);
    }
}
