package org.profstd.search;

/**
 * A completion of a prefix: a card name, a function or a skill, with the type of entry it names.
 *
 * @param history true when only superseded or withdrawn editions hold the name, so that a search for it needs history
 */
public record Suggestion(String text, String type, boolean history) {
    public Suggestion(String text, String type) {
        this(text, type, false);
    }
}
