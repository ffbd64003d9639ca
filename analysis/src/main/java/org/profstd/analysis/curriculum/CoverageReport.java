package org.profstd.analysis.curriculum;

import java.util.List;
import org.profstd.analysis.diff.Edition;

/**
 * The matrix of a programme's disciplines against the labor functions of a standard.
 *
 * @param matrix      one row per discipline, one column per function: how many of the function's requirements the
 *                    discipline covers
 * @param uncovered   the functions no discipline covers, named as in {@code functions}
 * @param covered     how many functions reach the bar of {@value CurriculumCoverage#COVERED} coverage
 */
public record CoverageReport(String programme, String programmeTitle, Edition standard, String card,
        List<String> disciplines, List<FunctionCoverage> functions, List<List<Integer>> matrix, int covered,
        List<String> uncovered, List<Evidence> evidence) {

    public CoverageReport {
        disciplines = List.copyOf(disciplines);
        functions = List.copyOf(functions);
        matrix = matrix.stream().map(List::copyOf).toList();
        uncovered = List.copyOf(uncovered);
        evidence = List.copyOf(evidence);
    }
}
