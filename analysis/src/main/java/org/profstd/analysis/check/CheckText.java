package org.profstd.analysis.check;

import java.io.PrintWriter;
import java.util.List;

/** The author's report as text: per standard, each finding with its line, what it means, and the line quoted. */
public final class CheckText {
    private CheckText() {
    }

    public static void print(CheckReport report, PrintWriter out) {
        out.printf("Author's report for %s: %d errors, %d warnings, %d notes%n", report.file(),
                report.counts().get("error"), report.counts().get("warning"), report.counts().get("info"));
        if (!report.documentFindings().isEmpty()) {
            out.println();
            out.println("The document as a whole:");
            printFindings(report.documentFindings(), out);
        }
        for (StandardCheck s : report.standards()) {
            out.println();
            out.printf("Standard \"%s\"%s (%s, %s, lines %d-%d, %d cards): %s%n", s.title(),
                    s.code() == null ? "" : " " + s.code(), s.format(), s.language(), s.span().startLine(),
                    s.span().endLine(), s.cards(), s.findings().isEmpty() ? "nothing to correct"
                            : s.findings().size() + " finding" + (s.findings().size() == 1 ? "" : "s"));
            printFindings(s.findings(), out);
        }
    }

    private static void printFindings(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            String where = f.line() > 0 ? "line " + f.line() : "whole document";
            out.printf("  %s, %s: %s%n", where, severityWord(f.severity()), f.explanation());
            out.printf("      %s [%s]%n", f.message(), f.code());
            if (f.source() != null) {
                out.printf("      the line reads: %s%n", f.source());
            }
        }
    }

    private static String severityWord(String severity) {
        return switch (severity) {
            case "error" -> "ERROR";
            case "warning" -> "to correct";
            default -> "note";
        };
    }
}
