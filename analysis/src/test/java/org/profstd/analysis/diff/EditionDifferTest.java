package org.profstd.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.analysis.Models.card;
import static org.profstd.analysis.Models.coded;
import static org.profstd.analysis.Models.function;
import static org.profstd.analysis.Models.skill;
import static org.profstd.analysis.Models.standard;

import org.junit.jupiter.api.Test;
import org.profstd.model.Card;
import org.profstd.model.Language;
import org.profstd.model.Standard;

class EditionDifferTest {
    private static Card analyst(int level, String functionName, String... items) {
        return card("Аналитик службы поддержки", "3512-1-001", level,
                function(functionName, skill("Диагностика проблем клиентов", items)),
                function("Опытная проверка поддерживаемого продукта",
                        skill("Тестирование продукта", "Проводить тестирование", "|", "Техники тестирования")));
    }

    @Test
    void cardsPairByProfessionAndLevel() {
        Standard old = standard("Поддержка", Language.RU,
                analyst(4, "Мониторинг проблем продукта", "Анализировать инциденты", "|", "Основы делопроизводства"),
                analyst(5, "Мониторинг проблем продукта", "Анализировать инциденты", "|", "Основы делопроизводства"),
                card("Специалист-техник базы данных", "3512-1-005", 4));
        Standard neu = standard("Поддержка", Language.RU,
                analyst(5, "Мониторинг проблем продукта", "Анализировать инциденты", "|", "Основы делопроизводства"),
                card("Оператор Call-центра", "3512-1-003", 5));
        EditionDiff diff = EditionDiffer.diff("old.txt", old, "new.txt", neu);

        assertThat(diff.cardMatches()).extracting(CardMatch::oldCard, CardMatch::newCard).containsExactly(
                org.assertj.core.groups.Tuple.tuple("«Аналитик службы поддержки», level 5 (3512-1-001)",
                        "«Аналитик службы поддержки», level 5 (3512-1-001)"));
        assertThat(diff.changes("card", "removed")).extracting(Change::path).containsExactly(
                "«Аналитик службы поддержки», level 4 (3512-1-001)",
                "«Специалист-техник базы данных», level 4 (3512-1-005)");
        assertThat(diff.changes("card", "added")).extracting(Change::path)
                .containsExactly("«Оператор Call-центра», level 5 (3512-1-003)");
        assertThat(diff.changes()).hasSize(3);
        assertThat(diff.counts()).containsEntry("card removed", 2).containsEntry("card added", 1);
    }

    @Test
    void theSameProfessionLeftOverOnBothSidesIsALevelChangeWhenItsContentIsAlike() {
        Standard old = standard("s", Language.RU,
                analyst(4, "Мониторинг проблем продукта", "Анализировать инциденты", "|", "Основы делопроизводства"));
        Standard neu = standard("s", Language.RU,
                analyst(5, "Мониторинг проблем продукта", "Анализировать инциденты", "|", "Основы делопроизводства"));
        EditionDiff diff = EditionDiffer.diff("a", old, "b", neu);
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("level-changed");
            assertThat(c.oldText()).isEqualTo("4");
            assertThat(c.newText()).isEqualTo("5");
        });
    }

    @Test
    void aRenamedFunctionThatKeptItsSkillsIsRewordedAndItemsAreComparedOneByOne() {
        Standard old = standard("s", Language.RU, analyst(5, "Мониторинг проблем сопровождаемого продукта",
                "Анализировать инциденты", "Вести журнал обращений", "|", "Основы делопроизводства",
                "Регламенты взаимодействия сотрудников"));
        Standard neu = standard("s", Language.RU, analyst(5, "Диагностика и контроль проблем сопровождаемого продукта",
                "Анализировать инциденты клиентов", "|", "Регламенты взаимодействия сотрудников",
                "Основы делопроизводства", "Английский язык"));
        EditionDiff diff = EditionDiffer.diff("a", old, "b", neu);

        Change renamed = diff.changes("function", "reworded").get(0);
        assertThat(renamed.oldText()).isEqualTo("Мониторинг проблем сопровождаемого продукта");
        assertThat(renamed.newText()).isEqualTo("Диагностика и контроль проблем сопровождаемого продукта");
        assertThat(renamed.removedWords()).containsExactly("мониторинг");
        assertThat(renamed.addedWords()).containsExactly("диагностика", "контроль");
        assertThat(renamed.similarity()).isBetween(0.4, 0.9);

        assertThat(diff.changes("item", "reworded")).singleElement().satisfies(c -> {
            assertThat(c.path()).endsWith("› abilities 1");
            assertThat(c.addedWords()).containsExactly("клиентов");
        });
        assertThat(diff.changes("item", "removed")).extracting(Change::oldText)
                .containsExactly("Вести журнал обращений");
        assertThat(diff.changes("item", "added")).extracting(Change::newText).containsExactly("Английский язык");
        assertThat(diff.changes("item", "moved")).extracting(Change::path).singleElement().asString()
                .endsWith("› knowledge 1 (was 2)");
    }

    @Test
    void ruFunctionCodesPairAndAChangedCodeIsReported() {
        Card old = card("Разработка и отладка программного кода", "B", 4,
                coded("B/04.4", "Рефакторинг и оптимизация программного кода",
                        skill(null, "Выявлять узкие места", "|", "Методы оптимизации")),
                coded("B/04.5", "Исправление дефектов, зафиксированных в базе данных дефектов",
                        skill(null, "Исправлять дефекты", "|", "Системы учета дефектов")));
        Card neu = card("Разработка и отладка программного кода", "B", 4,
                coded("B/04.4", "Рефакторинг, оптимизация и инспекция программного кода",
                        skill(null, "Выявлять узкие места", "|", "Методы оптимизации")),
                coded("B/05.4", "Исправление дефектов программного кода, зафиксированных в базе данных дефектов",
                        skill(null, "Исправлять дефекты", "|", "Системы учета дефектов")),
                coded("B/06.4", "Осуществление сборки однородных программных модулей в программный проект",
                        skill(null, "Собирать проект", "|", "Системы сборки")));
        EditionDiff diff = EditionDiffer.diff("a", standard("s", Language.RU, old), "b", standard("s", Language.RU, neu));
        assertThat(diff.changes("function", "code-changed")).singleElement()
                .satisfies(c -> assertThat(c.oldText() + " → " + c.newText()).isEqualTo("B/04.5 → B/05.4"));
        assertThat(diff.changes("function", "reworded")).hasSize(2);
        assertThat(diff.changes("function", "added")).extracting(Change::path).singleElement().asString()
                .endsWith("function B/06.4 «Осуществление сборки однородных программных модулей в программный проект»");
        assertThat(diff.changes("item", "added")).isEmpty();
    }

    @Test
    void identicalEditionsHaveNoChanges() {
        Standard s = standard("s", Language.RU, analyst(4, "Мониторинг", "Анализировать", "|", "Основы"));
        assertThat(EditionDiffer.diff("a", s, "b", s).changes()).isEmpty();
    }
}
