package org.profstd.search;

/** A completion of a prefix: a card name, a function or a skill, with the type of entry it names. */
public record Suggestion(String text, String type) {
}
