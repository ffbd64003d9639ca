package org.profstd.model;

import java.util.List;

/**
 * Everything read from one source document: where it came from, the legal act that carries it (if any), the standards
 * it holds and the diagnostics raised while reading. This is the root of the canonical JSON.
 */
public record ParseResult(Source source, @Nullable LegalAct act, List<Standard> standards, List<Diagnostic> diagnostics) {
    public ParseResult {
        standards = List.copyOf(standards);
        diagnostics = List.copyOf(diagnostics);
    }
}
