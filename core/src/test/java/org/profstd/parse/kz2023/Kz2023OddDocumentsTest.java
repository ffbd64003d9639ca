package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;

/** Documents broken in ways the corpus does not show yet: the parser reads what it can and says what was odd. */
class Kz2023OddDocumentsTest {
    private static ParseResult parse(String text) throws Exception {
        return Standards.parse("odd.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void labelsOutsideACardAndAFunctionThatSkipsNumbersAreReported() throws Exception {
        ParseResult r = parse("""
                Профессиональный стандарт: "Проверка"
                Глава 3. Карточки профессий
                Код группы: 1111-1
                9. Карточка профессии "Оператор":
                Трудовая функция 3: Наладка
                Навык 1: Настройка
                Знания: 1. Устройство станка 2. Правила безопасности
                Возможность признания навыка: нет
                Навык 3: Ремонт
                """);
        Card card = r.standards().get(0).cards().get(0);
        assertThat(card.name()).isEqualTo("Оператор");
        assertThat(card.level()).isNull();
        Unit first = card.functions().get(0).units().get(0);
        assertThat(first.abilities()).isEmpty();
        assertThat(first.knowledge()).extracting(i -> i.text()).containsExactly("Устройство станка",
                "Правила безопасности");
        assertThat(first.recognition()).isEqualTo("нет");
        assertThat(r.diagnostics()).contains(
                new Diagnostic(Severity.WARNING, DiagnosticCode.LABEL_OUT_OF_PLACE, 3,
                        "the card label \"Код группы: 1111-1\" stands outside any profession card"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.FUNCTION_NUMBER_SKIPPED, 5, "labor function 3 follows labor function 0"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.NUMBER_SKIPPED, 9, "skill 3 follows skill 1 in labor function 3"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.EMPTY_UNIT, 9,
                        "skill 3 of labor function 3 of card 9 has no abilities or knowledge"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.LEVEL_MISSING, 4, "card 9 \"Оператор\" has no ORK level"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_FIELD, 1, "the standard has no code"));
    }

    @Test
    void itemsBeforeAnySkillBecomeASkillWithoutAName() throws Exception {
        ParseResult r = parse("""
                Профессиональный стандарт: "Проверка"
                Глава 3. Карточки профессий
                1. Карточка профессии "Оператор":
                Уровень квалификации по ОРК: 12
                Умения: 1. Запускать линию
                Требования к личностным компетенциям: Внимательность, Аккуратность
                """);
        Card card = r.standards().get(0).cards().get(0);
        assertThat(card.functions()).singleElement().satisfies(f -> {
            assertThat(f.units()).singleElement().satisfies(u -> assertThat(u.name()).isNull());
        });
        assertThat(card.personalCompetencies()).containsExactly("Внимательность", "Аккуратность");
        assertThat(r.diagnostics()).extracting(d -> d.code().code())
                .contains("level-out-of-range", "empty-name", "level-missing");
    }
}
