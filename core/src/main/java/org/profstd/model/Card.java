package org.profstd.model;

import java.util.List;

/**
 * A profession card: one profession at one qualification level (KZ), or a generalized labor function (RU ОТФ).
 *
 * @param code      the occupation code ({@code 3512-1-001}) or, for RU, the ОТФ letter ({@code A})
 * @param groupCode the occupation group ({@code 3512-1})
 * @param level     ORK level 1-8 (KZ) or qualification level 1-9 (RU)
 * @param sublevel  the ORK sublevel as printed, when the card has one
 * @param classifiers the classifier entries the document names for this card (ОКЗ, ЕКС, ОКПДТР, ОКСО), in its order
 */
public record Card(
        String name,
        @Nullable String code,
        @Nullable String groupCode,
        @Nullable Integer level,
        @Nullable String sublevel,
        List<String> altNames,
        List<String> jobTitles,
        @Nullable String goal,
        @Nullable String education,
        @Nullable String experience,
        @Nullable String specialConditions,
        Span span,
        List<LaborFunction> functions,
        List<String> personalCompetencies,
        List<RelatedProfession> relatedProfessions,
        List<Classifier> classifiers) {

    public Card {
        altNames = List.copyOf(altNames);
        jobTitles = List.copyOf(jobTitles);
        functions = List.copyOf(functions);
        personalCompetencies = List.copyOf(personalCompetencies);
        relatedProfessions = List.copyOf(relatedProfessions);
        // canonical JSON written before cards carried classifier codes has none
        classifiers = classifiers == null ? List.of() : List.copyOf(classifiers);
    }

    /** A card whose document names no classifier codes for it (every template but the Russian registry XML). */
    public Card(String name, String code, String groupCode, Integer level, String sublevel, List<String> altNames,
            List<String> jobTitles, String goal, String education, String experience, String specialConditions,
            Span span, List<LaborFunction> functions, List<String> personalCompetencies,
            List<RelatedProfession> relatedProfessions) {
        this(name, code, groupCode, level, sublevel, altNames, jobTitles, goal, education, experience,
                specialConditions, span, functions, personalCompetencies, relatedProfessions, List.of());
    }
}
