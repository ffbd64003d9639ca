package org.profstd.export;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/** Flattens standards into one row per item, with everything above the item repeated: the shape of a spreadsheet. */
final class ItemRows {
    static final String ACTION = "action";
    static final String ABILITY = "ability";
    static final String KNOWLEDGE = "knowledge";

    record Row(Standard standard, Card card, LaborFunction function, Unit unit, String itemKind, Item item) {
    }

    private ItemRows() {
    }

    static List<Row> of(List<Standard> standards) {
        List<Row> rows = new ArrayList<>();
        for (Standard s : standards) {
            for (Card c : s.cards()) {
                for (LaborFunction f : c.functions()) {
                    for (Unit u : f.units()) {
                        u.actions().forEach(i -> rows.add(new Row(s, c, f, u, ACTION, i)));
                        u.abilities().forEach(i -> rows.add(new Row(s, c, f, u, ABILITY, i)));
                        u.knowledge().forEach(i -> rows.add(new Row(s, c, f, u, KNOWLEDGE, i)));
                    }
                }
            }
        }
        return rows;
    }
}
