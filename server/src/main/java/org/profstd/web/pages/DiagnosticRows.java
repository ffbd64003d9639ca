package org.profstd.web.pages;

import java.util.Comparator;
import java.util.List;
import org.profstd.model.Diagnostic;
import org.profstd.web.PageContext;

/**
 * The diagnostics of a parse report in the order of the document's lines (those about the document as a whole
 * first), each with its explanation in the page's language and the reader's own message as detail, told in the
 * page's language too ({@link DiagnosticDetail}) or, for a form of message not known there, as written in English
 * ({@code detailLang} says which).
 */
public record DiagnosticRows(int line, String severity, String code, String explanation, String detail,
        String detailLang) {

    static List<DiagnosticRows> of(PageContext page, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .sorted(Comparator.comparingInt(Diagnostic::line))
                .map(d -> row(page, d))
                .toList();
    }

    private static DiagnosticRows row(PageContext page, Diagnostic d) {
        String told = DiagnosticDetail.told(page, d.message());
        return new DiagnosticRows(d.line(), d.severity().value(), d.code().code(), explanation(page, d),
                told == null ? d.message() : told, told == null ? "en" : page.lang().code());
    }

    private static String explanation(PageContext page, Diagnostic d) {
        String key = "diag." + d.code().code();
        String text = page.t(key);
        return text.equals(key) ? d.message() : text;
    }
}
