package org.profstd.analysis.curriculum;

import java.util.List;

/**
 * How well a programme covers one labor function.
 *
 * @param card         the card or generalized function it belongs to (the first, when several levels repeat it)
 * @param requirements how many requirements the function has (labor actions, skills, abilities, knowledge)
 * @param covered      how many of them some outcome covers
 * @param coverage     {@code covered / requirements}, 0-1
 * @param disciplines  the disciplines that cover at least one of its requirements
 */
public record FunctionCoverage(String card, String code, String name, int requirements, int covered,
        double coverage, List<String> disciplines) {
    public FunctionCoverage {
        disciplines = List.copyOf(disciplines);
    }
}
