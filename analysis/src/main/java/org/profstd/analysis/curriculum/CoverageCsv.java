package org.profstd.analysis.curriculum;

import java.io.PrintWriter;

/**
 * The matrix as CSV for a spreadsheet: one row per labor function with its coverage, then one column per discipline
 * holding the number of the function's requirements it covers.
 */
public final class CoverageCsv {
    private CoverageCsv() {
    }

    public static void print(CoverageReport r, PrintWriter out) {
        StringBuilder header = new StringBuilder("function_code,function,card,requirements,covered,coverage");
        r.disciplines().forEach(d -> header.append(',').append(cell(d)));
        out.print(header.append("\r\n"));
        for (int f = 0; f < r.functions().size(); f++) {
            FunctionCoverage fc = r.functions().get(f);
            StringBuilder row = new StringBuilder();
            row.append(cell(fc.code())).append(',').append(cell(fc.name())).append(',').append(cell(fc.card()))
                    .append(',').append(fc.requirements()).append(',').append(fc.covered()).append(',')
                    .append(fc.coverage());
            for (var counts : r.matrix()) {
                row.append(',').append(counts.get(f));
            }
            out.print(row.append("\r\n"));
        }
        out.flush();
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; a formula-like start is neutralised. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches("(?s).*[,\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
