package org.profstd.model;

/**
 * Something irregular found while reading a document.
 *
 * @param severity {@code error} (part of the document could not be read), {@code warning} (read, but the document is
 *                 irregular there) or {@code info}
 * @param code     a stable kebab-case identifier, see {@link DiagnosticCode}
 * @param line     the 1-based source line it concerns, or 0 for the document as a whole
 */
public record Diagnostic(String severity, String code, int line, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";
}
