package org.profstd.analysis.check;

import java.util.List;
import org.profstd.model.Language;
import org.profstd.model.Span;

/** The findings inside one standard of a document, in line order. */
public record StandardCheck(String title, String code, String format, Language language, Span span, int cards,
        List<Finding> findings) {
    public StandardCheck {
        findings = List.copyOf(findings);
    }
}
