package org.profstd.analysis.check;

import java.util.List;
import java.util.Map;

/**
 * The author's report of one document.
 *
 * @param counts           findings by severity: {@code error}, {@code warning}, {@code info}
 * @param documentFindings findings about the document as a whole or outside every standard
 */
public record CheckReport(String file, Map<String, Integer> counts, List<Finding> documentFindings,
        List<StandardCheck> standards) {
    public CheckReport {
        documentFindings = List.copyOf(documentFindings);
        standards = List.copyOf(standards);
    }

    /** Every finding of the document, the standards' after the document's. */
    public List<Finding> all() {
        return java.util.stream.Stream.concat(documentFindings.stream(),
                standards.stream().flatMap(s -> s.findings().stream())).toList();
    }
}
