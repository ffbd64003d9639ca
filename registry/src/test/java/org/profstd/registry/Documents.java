package org.profstd.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.profstd.model.ActKind;
import org.profstd.model.ActRef;
import org.profstd.model.Card;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.model.ParseResult;
import org.profstd.model.Source;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;
import org.profstd.parse.Standards;

/** Parsed documents built by hand, so edition tests state every value they depend on. */
final class Documents {
    private Documents() {
    }

    /** A document: its bytes are its text, its parse result the given standards. */
    record Doc(ParseResult result, byte[] bytes) {
    }

    static Doc doc(String name, LegalAct act, Standard... standards) {
        StringBuilder text = new StringBuilder(name).append('\n');
        for (Standard s : standards) {
            text.append("Профессиональный стандарт ").append(s.title()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Source source = new Source(name, Standards.sha256(bytes), "text", standards[0].language());
        return new Doc(new ParseResult(source, act, List.of(standards), List.of()), bytes);
    }

    static Standard standard(String title, String code, String language, String version, Integer year, String... items) {
        List<Item> abilities = new java.util.ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            abilities.add(new Item(items[i], 10 + i));
        }
        Unit skill = new Unit(UnitKind.SKILL, "Обработка обращений", null, List.of(), abilities, List.of());
        Card card = new Card("Специалист поддержки", "3512-1-001", "3512-1", 4, null, List.of(), List.of(), null, null,
                null, null, new Span(2, 30), List.of(new LaborFunction("Поддержка", null, FunctionKind.REQUIRED,
                List.of(skill))), List.of(), List.of());
        return new Standard(title, code, null, Jurisdiction.KZ, Language.of(language), "kz-2023", version, year, null, null, null, null,
                List.of("62.02"), List.of(), List.of(), List.of(), new Span(1, 40), List.of(card));
    }

    static LegalAct approval(String number, String date) {
        return new LegalAct("Министерство", number, date, ActKind.APPROVAL, null, null);
    }

    static LegalAct amendment(String number, String date, String amendsNumber, String amendsDate) {
        return new LegalAct("Министерство", number, date, ActKind.AMENDMENT, null, new ActRef(amendsNumber, amendsDate));
    }
}
