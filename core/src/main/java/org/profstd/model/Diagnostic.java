package org.profstd.model;

/**
 * Something irregular found while reading a document.
 *
 * @param severity how much it matters, the code's own severity
 * @param code     what kind of irregularity it is; written as its stable kebab-case identifier
 * @param line     the 1-based source line it concerns, or 0 for the document as a whole
 */
public record Diagnostic(Severity severity, DiagnosticCode code, int line, String message) {
}
