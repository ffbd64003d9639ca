package org.profstd.analysis.curriculum;

import java.io.PrintWriter;

/** The matrix as one self-contained HTML page: a cell per discipline and function, shaded by what it covers. */
public final class CoverageHtml {
    private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}td.n{text-align:center}"
            + "td.some{background:#dfd}tr.none th{background:#fdd}";

    private CoverageHtml() {
    }

    public static void print(CoverageReport r, PrintWriter out) {
        out.println("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Coverage: " + esc(r.standard().title())
                + "</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>Coverage of \"" + esc(r.standard().title()) + "\" by " + esc(r.programmeTitle()) + "</h1>");
        out.println("<p>" + r.covered() + " of " + r.functions().size() + " labor functions covered.</p>");
        out.print("<table><tr><th>function</th><th>coverage</th>");
        r.disciplines().forEach(d -> out.print("<th>" + esc(d) + "</th>"));
        out.println("</tr>");
        for (int f = 0; f < r.functions().size(); f++) {
            FunctionCoverage fc = r.functions().get(f);
            out.print("<tr" + (fc.covered() == 0 ? " class=\"none\"" : "") + "><th>"
                    + esc(CurriculumCoverage.label(fc)) + "</th><td class=\"n\">" + Math.round(fc.coverage() * 100)
                    + "% (" + fc.covered() + "/" + fc.requirements() + ")</td>");
            for (var counts : r.matrix()) {
                int n = counts.get(f);
                out.print("<td class=\"n" + (n > 0 ? " some" : "") + "\">" + (n > 0 ? n : "") + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</table>");
        if (!r.uncovered().isEmpty()) {
            out.println("<h2>Functions no discipline covers</h2><ul>");
            r.uncovered().forEach(u -> out.println("<li>" + esc(u) + "</li>"));
            out.println("</ul>");
        }
        out.println("<h2>Evidence</h2><table><tr><th>discipline</th><th>outcome</th><th>requirement</th>"
                + "<th>similarity</th></tr>");
        for (Evidence e : r.evidence()) {
            out.println("<tr><td>" + esc(e.discipline()) + "</td><td>" + esc(e.outcome()) + "</td><td>"
                    + esc(e.kind() + ": " + e.requirement()) + "</td><td>" + e.similarity() + "</td></tr>");
        }
        out.println("</table></body></html>");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
