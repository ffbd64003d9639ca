package org.profstd.analysis;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** Small standards built by hand, for testing the comparisons on inputs whose right answer is obvious. */
public final class Models {
    private Models() {
    }

    public static Standard standard(String title, Language language, Card... cards) {
        return new Standard(title, "J000", null, Jurisdiction.KZ, language, "kz-2023", "1", 2024, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), new Span(1, 100), List.of(cards));
    }

    public static Card card(String name, String code, int level, LaborFunction... functions) {
        return new Card(name, code, code == null || code.length() < 6 ? null : code.substring(0, 6), level, null, List.of(), List.of(),
                null, null, null, null, new Span(level * 10, level * 10 + 9), List.of(functions), List.of(),
                List.of());
    }

    public static LaborFunction function(String name, Unit... units) {
        return new LaborFunction(name, null, FunctionKind.REQUIRED, List.of(units));
    }

    public static LaborFunction coded(String code, String name, Unit... units) {
        return new LaborFunction(name, code, null, List.of(units));
    }

    /** A skill; {@code abilities} and {@code knowledge} are separated by a {@code "|"} element. */
    public static Unit skill(String name, String... abilitiesBarKnowledge) {
        List<Item> abilities = new ArrayList<>();
        List<Item> knowledge = new ArrayList<>();
        List<Item> target = abilities;
        int line = 1;
        for (String text : abilitiesBarKnowledge) {
            if (text.equals("|")) {
                target = knowledge;
            } else {
                target.add(new Item(text, line++));
            }
        }
        return new Unit(UnitKind.SKILL, name, null, List.of(), abilities, knowledge);
    }
}
