package org.profstd.parse.kz2017;

import java.util.Locale;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.read.TextJoiner;

/**
 * What every reader of one standard shares: the joiner of split words and the diagnostics.
 *
 * @param printedLines whether the paragraphs of the table cells are the lines of the printed page (DOCX, PDF)
 */
record Context(TextJoiner joiner, Diagnostics diagnostics, boolean printedLines) {

    void report(DiagnosticCode code, int line, String message) {
        diagnostics.add(code, line, message);
    }

    /** A lone number where no number belongs: a page number of the printed original. */
    void pageNumber(Token.TextToken t, String where) {
        report(DiagnosticCode.PAGE_NUMBER_REMOVED, t.line(), "page number " + t.text() + " removed from " + where);
    }

    void append(StringBuilder sb, String fragment) {
        joiner.append(sb, fragment);
    }

    /** Letters and digits only, lower-cased: names compared this way ignore how the conversion broke and spaced them. */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
