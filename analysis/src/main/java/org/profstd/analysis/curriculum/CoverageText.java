package org.profstd.analysis.curriculum;

import java.io.PrintWriter;
import java.util.List;

/** The coverage as a table for a terminal: functions as rows, disciplines as numbered columns, then the evidence. */
public final class CoverageText {
    private CoverageText() {
    }

    public static void print(CoverageReport r, PrintWriter out) {
        out.printf("programme: %s (%s)%n", r.programmeTitle() == null ? "-" : r.programmeTitle(), r.programme());
        out.printf("standard:  \"%s\"%s from %s%s%n", r.standard().title(),
                r.standard().code() == null ? "" : " " + r.standard().code(), r.standard().file(),
                r.card() == null ? "" : ", card «" + r.card() + "»");
        out.printf("%d of %d labor functions covered (at least %.0f%% of their requirements)%n", r.covered(),
                r.functions().size(), CurriculumCoverage.COVERED * 100);
        out.println();
        for (int d = 0; d < r.disciplines().size(); d++) {
            out.printf("  D%d  %s%n", d + 1, r.disciplines().get(d));
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format("%-9s", "coverage"));
        for (int d = 0; d < r.disciplines().size(); d++) {
            header.append(String.format("%5s", "D" + (d + 1)));
        }
        out.println(header.append("  function"));
        for (int f = 0; f < r.functions().size(); f++) {
            FunctionCoverage fc = r.functions().get(f);
            StringBuilder row = new StringBuilder(String.format("%3.0f%% %2d/%-2d", fc.coverage() * 100, fc.covered(),
                    fc.requirements()));
            for (List<Integer> counts : r.matrix()) {
                row.append(String.format("%5s", counts.get(f) == 0 ? "." : counts.get(f)));
            }
            out.println(row.append("  ").append(CurriculumCoverage.label(fc)));
        }
        if (!r.uncovered().isEmpty()) {
            out.println();
            out.println("functions no discipline covers:");
            r.uncovered().forEach(u -> out.println("  " + u));
        }
        out.println();
        out.println("evidence:");
        for (Evidence e : r.evidence()) {
            out.printf("  %.2f  %s, line %d: %s%n        covers %s: %s%n", e.similarity(), e.discipline(),
                    e.outcomeLine(), e.outcome(), e.kind(), e.requirement());
        }
    }
}
