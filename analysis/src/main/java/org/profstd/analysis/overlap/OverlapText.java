package org.profstd.analysis.overlap;

import java.io.PrintWriter;

/**
 * The overlap report as text: one block per cluster, each member with its standard, card and level, and the file and
 * line it was read from.
 */
public final class OverlapText {
    private OverlapText() {
    }

    public static void print(OverlapReport report, PrintWriter out) {
        out.printf("%d standards compared, similarity at least %.2f: %d clusters%n", report.standards().size(),
                report.minSimilarity(), report.clusters().size());
        report.standards().forEach(s -> out.println("  " + s));
        int n = 0;
        for (Cluster c : report.clusters()) {
            out.println();
            out.printf("cluster %d: %s in %d standards (similarity ≥ %.2f)%n", ++n, c.level(), c.standards(),
                    c.minSimilarity());
            for (Member m : c.members()) {
                out.printf("  - %s%n      in \"%s\", card «%s» level %s, %s%s%n", m.text(), m.standard(), m.card(),
                        m.cardLevel() == null ? "-" : m.cardLevel(), m.file(), m.line() > 0 ? " line " + m.line() : "");
            }
        }
    }
}
