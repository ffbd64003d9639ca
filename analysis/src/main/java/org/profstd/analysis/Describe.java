package org.profstd.analysis;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** Names the parts of a standard in reports, and gathers the text that stands for a part's content. */
public final class Describe {
    private Describe() {
    }

    /** {@code «Аналитик службы поддержки», level 5 (3512-1-001)}. */
    public static String card(Card card) {
        String name = card.name() == null ? "(no name)" : "«" + card.name() + "»";
        String level = card.level() == null ? ", no level" : ", level " + card.level();
        return name + level + (card.code() == null ? "" : " (" + card.code() + ")");
    }

    /** {@code function 2 «Диагностика …»} or, when the function has a code, {@code function A/01.3 «…»}. */
    public static String function(LaborFunction function, int index) {
        String number = function.code() != null ? function.code() : String.valueOf(index + 1);
        return "function " + number + quoted(function.name());
    }

    /** {@code skill 1 «…»}, {@code task 2 «…»}. */
    public static String unit(Unit unit, int index) {
        String kind = unit.kind() == null ? "unit" : unit.kind().value();
        return kind + " " + (index + 1) + (unit.kind() == UnitKind.FUNCTION ? "" : quoted(unit.name()));
    }

    private static String quoted(String name) {
        return name == null || name.isBlank() ? "" : " «" + name + "»";
    }

    /** The names of a card's functions and units: what the card is about, for telling cards apart. */
    public static String cardContent(Card card) {
        List<String> parts = new ArrayList<>();
        for (LaborFunction f : card.functions()) {
            parts.add(f.name());
            for (Unit u : f.units()) {
                parts.add(u.name());
            }
        }
        return join(parts);
    }

    /** The unit names and items of a function. */
    public static String functionContent(LaborFunction function) {
        List<String> parts = new ArrayList<>();
        for (Unit u : function.units()) {
            parts.add(u.name());
            parts.add(unitContent(u));
        }
        return join(parts);
    }

    /** All the items of a unit. */
    public static String unitContent(Unit unit) {
        List<String> parts = new ArrayList<>();
        for (List<Item> items : List.of(unit.actions(), unit.abilities(), unit.knowledge())) {
            items.forEach(i -> parts.add(i.text()));
        }
        return join(parts);
    }

    private static String join(List<String> parts) {
        return String.join(" ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }
}
