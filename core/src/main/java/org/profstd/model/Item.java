package org.profstd.model;

/** A leaf requirement (ability, knowledge or labor action) and the source line where its text starts. */
public record Item(String text, int line) {
}
