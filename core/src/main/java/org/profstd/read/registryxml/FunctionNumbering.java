package org.profstd.read.registryxml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;

/**
 * Checks that the particular functions of one generalized function are numbered 01, 02, 03, ... in their codes
 * ({@code B/03.5}): a gap usually means a function was dropped in an edition, a repeat that a code was mistyped.
 */
final class FunctionNumbering {
    private static final Pattern NUMBER = Pattern.compile("^[A-Z]+/(\\d{2})\\.");

    private final Diagnostics diagnostics;
    private int last;

    FunctionNumbering(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Checks the next function's code; a function without a readable code is not counted. */
    void check(String code, int line) {
        Matcher m = code == null ? null : NUMBER.matcher(code);
        if (m == null || !m.find()) {
            return;
        }
        int number = Integer.parseInt(m.group(1));
        if (number > last + 1) {
            diagnostics.add(DiagnosticCode.FUNCTION_NUMBER_SKIPPED, line,
                    "the labor function " + code + " follows number " + String.format("%02d", last));
        } else if (number == last) {
            diagnostics.add(DiagnosticCode.NUMBER_REPEATED, line,
                    "the labor function " + code + " repeats number " + String.format("%02d", number));
        } else if (number < last) {
            diagnostics.add(DiagnosticCode.NUMBER_REPEATED, line, "the labor function " + code
                    + " has number " + String.format("%02d", number) + " after number " + String.format("%02d", last));
        }
        last = number;
    }
}
