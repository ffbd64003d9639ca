package org.profstd.analysis.diff;

import java.util.List;

/**
 * One difference between two editions.
 *
 * @param kind         {@code added}, {@code removed}, {@code moved}, {@code reworded}, {@code level-changed} or
 *                     {@code code-changed}
 * @param level        what changed: {@code card}, {@code function}, {@code unit} or {@code item}
 * @param path         where, in words: card, function, unit and item list, numbered as printed in the editions
 * @param oldText      the text in the old edition (name, item text, level or code), null for an addition
 * @param newText      the text in the new edition, null for a removal
 * @param oldLine      the source line of the old text, 0 when unknown
 * @param newLine      the source line of the new text, 0 when unknown
 * @param similarity   for a rewording, how alike the two texts are (0-1); null otherwise
 * @param removedWords for a rewording, words of the old text the new one lacks
 * @param addedWords   for a rewording, words of the new text the old one lacks
 */
public record Change(String kind, String level, String path, String oldText, String newText, int oldLine, int newLine,
        Double similarity, List<String> removedWords, List<String> addedWords) {
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String MOVED = "moved";
    public static final String REWORDED = "reworded";
    public static final String LEVEL_CHANGED = "level-changed";
    public static final String CODE_CHANGED = "code-changed";

    public static final String CARD = "card";
    public static final String FUNCTION = "function";
    public static final String UNIT = "unit";
    public static final String ITEM = "item";

    public Change {
        removedWords = List.copyOf(removedWords);
        addedWords = List.copyOf(addedWords);
    }
}
