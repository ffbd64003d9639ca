package org.profstd.export;

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
import org.profstd.model.RelatedProfession;
import org.profstd.model.Span;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** A small standard built by hand, so exporter tests know every value they expect. */
final class Samples {
    private Samples() {
    }

    static final LegalAct ACT = new LegalAct("Министерство", "209/НК", "2026-04-20", ActKind.AMENDMENT, null,
            new ActRef("569/НК", "2025-11-10"));

    static Standard helpdesk() {
        Unit skill = new Unit(UnitKind.SKILL, "Обработка обращений", "Не рекомендуется", List.of(),
                List.of(new Item("Регистрировать обращения, \"срочные\" и плановые", 12), new Item("=SUM(A1)", 13)),
                List.of(new Item("Основы ITIL", 15)));
        LaborFunction function = new LaborFunction("Поддержка пользователей", null, FunctionKind.REQUIRED, List.of(skill));
        Card card = new Card("Специалист службы поддержки", "3512-1-001", "3512-1", 4, null, List.of(), List.of(),
                "Поддержка", null, null, null, new Span(5, 20), List.of(function), List.of("Ответственность"),
                List.of(new RelatedProfession(5, "Аналитик")));
        return new Standard("Поддержка пользователей ИТ", null, null, Jurisdiction.KZ, Language.RU, "kz-2023", "2", 2025, null,
                "Описание", null, null, List.of("62.02"), List.of(), List.of(new Term("ИТ", "информационные технологии")),
                List.of("Министерство"), new Span(1, 30), List.of(card));
    }
}
