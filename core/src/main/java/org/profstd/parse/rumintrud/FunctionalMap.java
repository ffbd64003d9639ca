package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.List;

/**
 * Section II, the functional map: every generalized labor function (ОТФ) with its code, name and level, and under it
 * every labor function (ТФ) with name, code and level. Section III describes the same functions and is the fuller
 * text, but a page break can shred its headers; the map then supplies what section III lost.
 */
final class FunctionalMap {
    /** One row of the map: an ОТФ (with its functions) or a ТФ. */
    static final class Entry {
        final String code;
        final StringBuilder name;
        final Integer level;
        final int line;
        final List<Entry> functions = new ArrayList<>();

        Entry(String code, String name, Integer level, int line) {
            this.code = code;
            this.name = new StringBuilder(name);
            this.level = level;
            this.line = line;
        }

        String name() {
            return name.isEmpty() ? null : name.toString();
        }
    }

    private final List<Entry> cards = new ArrayList<>();

    List<Entry> cards() {
        return cards;
    }

    void add(Entry card) {
        cards.add(card);
    }

    Entry lastCard() {
        return cards.isEmpty() ? null : cards.get(cards.size() - 1);
    }

    /** The ОТФ with this code, or else the one at this position (0-based), or null. */
    Entry card(String code, int index) {
        if (code != null) {
            for (Entry card : cards) {
                if (code.equals(card.code)) {
                    return card;
                }
            }
        }
        return index < cards.size() ? cards.get(index) : null;
    }

    /** The ТФ of an ОТФ with this code, or else the one at this position (0-based), or null. */
    static Entry function(Entry card, String code, int index) {
        if (card == null) {
            return null;
        }
        if (code != null) {
            for (Entry f : card.functions) {
                if (code.equals(f.code)) {
                    return f;
                }
            }
        }
        return index < card.functions.size() ? card.functions.get(index) : null;
    }
}
