package org.profstd.model;

/** A glossary entry of a standard. */
public record Term(String term, String definition) {
}
