package org.profstd.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.profstd.model.Card;

/**
 * The cards of an edition grouped by qualification level, lowest first, each card with its 1-based place in the
 * edition (its address is {@code /cards/EDITION/PLACE}). Cards without a level come last.
 */
public record CardsByLevel(List<Level> levels, int largest) {

    /** One level and its cards; {@code level} is null for cards the document gives no level. */
    public record Level(Integer level, List<Placed> cards) {
        /** The width of this level's bar in the chart, in percent of the largest level. */
        public int barPercent(int largest) {
            return largest == 0 ? 0 : Math.max(4, Math.round(100f * cards.size() / largest));
        }
    }

    public record Placed(int ordinal, Card card) {
    }

    static CardsByLevel of(List<Card> cards) {
        Map<Integer, List<Placed>> byLevel = new TreeMap<>();
        List<Placed> unleveled = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Placed placed = new Placed(i + 1, cards.get(i));
            Integer level = cards.get(i).level();
            if (level == null) {
                unleveled.add(placed);
            } else {
                byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(placed);
            }
        }
        List<Level> levels = new ArrayList<>();
        byLevel.forEach((level, placed) -> levels.add(new Level(level, placed)));
        if (!unleveled.isEmpty()) {
            levels.add(new Level(null, unleveled));
        }
        int largest = levels.stream().mapToInt(l -> l.cards().size()).max().orElse(0);
        return new CardsByLevel(levels, largest);
    }
}
