package org.profstd.web.pages;

import java.util.Comparator;
import java.util.List;
import org.profstd.model.Diagnostic;
import org.profstd.web.PageContext;

/**
 * The diagnostics of a parse report in the order of the document's lines (those about the document as a whole
 * first), each with its explanation in the page's language; the reader's own message, in English, stays as detail.
 */
public record DiagnosticRows(int line, String severity, String code, String explanation, String detail) {

    static List<DiagnosticRows> of(PageContext page, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .sorted(Comparator.comparingInt(Diagnostic::line))
                .map(d -> new DiagnosticRows(d.line(), d.severity().value(), d.code().code(),
                        explanation(page, d), d.message()))
                .toList();
    }

    private static String explanation(PageContext page, Diagnostic d) {
        String key = "diag." + d.code().code();
        String text = page.t(key);
        return text.equals(key) ? d.message() : text;
    }
}
