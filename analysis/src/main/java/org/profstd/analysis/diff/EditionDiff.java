package org.profstd.analysis.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two editions of a standard.
 *
 * @param sameStandard whether the two are editions (or texts) of one standard; when not, the cards are paired only by
 *                     name and content, and the pairs may mean little
 * @param warning     why the comparison may mislead, in words (two different standards), or null
 * @param cardMatches which cards of the old edition continue in the new one
 * @param counts      number of changes by "level kind", e.g. {@code "card removed": 7}, in a stable order
 * @param changes     every change, card by card in the order of the new edition, removed cards last
 */
public record EditionDiff(Edition oldEdition, Edition newEdition, boolean sameStandard, String warning,
        List<CardMatch> cardMatches,
        Map<String, Integer> counts, List<Change> changes) {

    public EditionDiff {
        cardMatches = List.copyOf(cardMatches);
        changes = List.copyOf(changes);
    }

    static Map<String, Integer> count(List<Change> changes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String level : List.of(Change.CARD, Change.FUNCTION, Change.UNIT, Change.ITEM)) {
            for (Change c : changes) {
                if (c.level().equals(level)) {
                    counts.merge(level + " " + c.kind(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The changes of one level and kind, e.g. {@code changes("card", "removed")}. */
    public List<Change> changes(String level, String kind) {
        return changes.stream().filter(c -> c.level().equals(level) && c.kind().equals(kind)).toList();
    }
}
