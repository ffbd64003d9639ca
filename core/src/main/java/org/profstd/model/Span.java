package org.profstd.model;

/** An inclusive range of 1-based lines of the source text as read. */
public record Span(int startLine, int endLine) {
}
