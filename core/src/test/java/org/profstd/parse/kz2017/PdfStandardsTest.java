package org.profstd.parse.kz2017;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;

/**
 * The two published PDFs of {@code corpus/kz-pdf} (appendices 2 and 4 of one Atameken order, printed from Word), read
 * by the kz-2017 parser from the tables the PDF reader rebuilds. Card names, levels, functions and the item counts
 * below were read off the printed pages; the pages named are those of the PDF.
 */
class PdfStandardsTest {
    private static ParseResult parse(String file) {
        try {
            return Standards.parse(Corpus.file("kz-pdf/" + file));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Per card: "name@level", then per function the number of its tasks. */
    private static List<String> shape(Standard s) {
        return s.cards().stream().map(c -> c.name() + "@" + c.level() + " "
                + c.functions().stream().map(f -> String.valueOf(f.units().size())).toList()).toList();
    }

    /** Per task of a card: the number of its abilities and of its knowledge items. */
    private static List<org.assertj.core.groups.Tuple> counts(Card card) {
        return card.functions().stream().flatMap(f -> f.units().stream())
                .map(u -> tuple(u.abilities().size(), u.knowledge().size())).toList();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Nested
    class SoftwareDevelopersAndTesters {
        final ParseResult result = parse("software-developers-testers-web-mobile.pdf");
        final Standard standard = result.standards().get(0);

        @Test
        void passport() {
            assertThat(result.source().format()).isEqualTo("pdf");
            assertThat(standard.format()).isEqualTo("kz-2017");
            assertThat(standard.title()).isEqualTo(
                    "Разработчики программного обеспечения и специалисты по тестированию, WEB и мультимедийных приложений");
            assertThat(standard.okedCodes()).containsExactly("J", "62", "62.0", "62.01", "62.01.1");
            assertThat(standard.version()).isEqualTo("1");
            assertThat(standard.year()).isEqualTo(2018);
        }

        @Test
        void fifteenCardsAtTheirLevelsWithTheirFunctionsAndTasks() {
            assertThat(shape(standard)).containsExactly(
                    "Проектировщик программного обеспечения@4 [2, 2]",
                    "Проектировщик программного обеспечения@5 [2, 2]",
                    "Проектировщик программного обеспечения@6 [2, 2]",
                    "Разработчик программного обеспечения@3 [2, 2]",
                    "Разработчик программного обеспечения@4 [2, 2]",
                    "Разработчик программного обеспечения@5 [2, 2]",
                    "Специалист по поддержке программных продуктов@3 [2, 2]",
                    "Специалист по поддержке программных продуктов@4 [2, 2]",
                    "Специалист по поддержке программных продуктов@5 [2, 2, 2]",
                    "Разработчик мобильных приложений@4 [2, 2]",
                    "Разработчик мобильных приложений@5 [2, 2]",
                    "Разработчик мобильных приложений@6 [2, 2, 2]",
                    "Специалист по тестированию приложений@4 [2, 2]",
                    "Специалист по тестированию приложений@5 [2, 2, 2]",
                    "Специалист по тестированию приложений@6 [4, 2, 2, 4]");
            assertThat(standard.cards()).flatExtracting(Card::functions).extracting(LaborFunction::kind)
                    .containsOnly(FunctionKind.REQUIRED);
        }

        @Test
        void theFirstCardWhoseLevelLabelIsBrokenByThePageEnd() {
            // page 2 ends inside the row "Квалификационный | 4"; "уровень по ОРК:" heads page 3
            Card card = standard.cards().get(0);
            assertThat(card.code()).isEqualTo("2512-1-006");
            assertThat(card.groupCode()).isEqualTo("2511-1");
            assertThat(card.level()).isEqualTo(4);
            assertThat(card.altNames()).containsExactly("Проектировщик ИС");
            assertThat(card.functions()).extracting(LaborFunction::name).containsExactly(
                    "Исследование предметной области, формирование цели и задачи", "Выработка требований к ПО");
            // pages 3-4: the third knowledge item of the last task heads page 4
            assertThat(counts(card)).containsExactly(tuple(3, 3), tuple(3, 2), tuple(2, 2), tuple(2, 3));
            Unit first = card.functions().get(0).units().get(0);
            assertThat(first.name()).isEqualTo("Анализ предметной области, постановка цели и задачи");
            assertThat(texts(first.abilities())).containsExactly("Моделировать структуры предметной области",
                    "Определить цели и задачи к определенным процессам", "Определить необходимость степени автоматизации");
        }

        @Test
        void aCardWhoseRowsRunOverThreePages() {
            // pages 14-17: the row of function 2 starts with "Умения:" alone at the foot of page 15
            Card card = standard.cards().get(5);
            assertThat(card.code()).isEqualTo("2512-1-007");
            assertThat(card.altNames()).containsExactly("Программист", "Программист-разработчик", "Бакалавр-программист");
            assertThat(counts(card)).containsExactly(tuple(4, 4), tuple(3, 2), tuple(3, 7), tuple(6, 7));
            Unit integration = card.functions().get(1).units().get(1);
            assertThat(integration.name()).isEqualTo("Интеграция программных модулей и компонентов программного обеспечения");
            assertThat(integration.knowledge().get(0).text())
                    .isEqualTo("Основные подходы к интегрированию программных модулей и компонентов ПО");
        }

        @Test
        void aWordBrokenAtTheEdgeOfANarrowCellIsWhole() {
            // "Администрирован" / "ие ПО" in the task column of the first function of the level-3 support specialist
            assertThat(standard.cards().get(6).functions().get(0).units().get(1).name()).isEqualTo("Администрирование ПО");
        }

        @Test
        void onlyWhatThePagesReallyShowIsReported() {
            assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line).containsExactly(
                    // "Номер ПС:" is printed empty
                    tuple("missing-field", 7),
                    // the card lists "Координация выполнения тестовых процедур тестирования", its section drops the last word
                    tuple("name-mismatch", 517));
        }
    }

    @Nested
    class NetworkSystemAndServerAdministrators {
        final ParseResult result = parse("network-system-server-admins.pdf");
        final Standard standard = result.standards().get(0);

        @Test
        void passport() {
            assertThat(standard.title()).isEqualTo("Сетевые, системные администраторы и администраторы серверов");
            assertThat(standard.okedCodes()).containsExactly("J", "62.0", "62.09");
        }

        @Test
        void fifteenCardsAtTheirLevelsWithTheirFunctionsAndTasks() {
            assertThat(shape(standard)).containsExactly(
                    "Администратор локальных вычислительных сетей@4 [3, 3]",
                    "Администратор локальных вычислительных сетей@5 [4, 3]",
                    "Администратор локальных вычислительных сетей@6 [4, 3]",
                    "Администратор серверов@5 [2, 3, 2, 2]",
                    "Администратор серверов@6 [3, 2]",
                    "Сетевой администратор@4 [2, 2]",
                    "Сетевой администратор@5 [2, 2, 2, 2]",
                    "Сетевой администратор@6 [2, 2, 2, 2]",
                    "Системный администратор@4 [2, 2, 2, 2]",
                    "Системный администратор@5 [2, 2, 2, 2]",
                    "Системный администратор@6 [2, 2, 2, 2]",
                    "Администратор информационных систем@4 [6, 3]",
                    "Администратор информационных систем@5 [5, 5]",
                    "Администратор информационных систем@6 [6, 9]",
                    "Администратор информационных систем@7 [7]");
        }

        @Test
        void theFirstCard() {
            // the level is labelled "Классификационный уровень по ОРК:" on the page
            Card card = standard.cards().get(0);
            assertThat(card.code()).isEqualTo("2522-0-002");
            assertThat(card.level()).isEqualTo(4);
            assertThat(card.altNames()).isEmpty();
            // "инфокоммуникацион" / "ных систем": Word broke the long word in the narrow function column
            assertThat(card.functions().get(0).name())
                    .isEqualTo("Администрирование процесса установки сетевых устройств инфокоммуникационных систем");
            assertThat(counts(card)).containsExactly(
                    tuple(3, 3), tuple(3, 3), tuple(3, 3), tuple(2, 2), tuple(3, 3), tuple(2, 3));
        }

        @Test
        void runTogetherFunctionNamesTakeTheSpellingOfTheList() {
            // the section of function 3 prints "Установка,конфигурированиеиподдержкасетевогооборудованияорганизации"
            assertThat(standard.cards().get(6).functions().get(2).name())
                    .isEqualTo("Установка, конфигурирование и поддержка сетевого оборудования организации");
        }

        @Test
        void theLastCardSkipsItsSecondTask() {
            // pages 56-57: tasks 1, 3, 4, 5 ... of the only function; the knowledge of task 1 heads page 57
            Card card = standard.cards().get(14);
            assertThat(card.level()).isEqualTo(7);
            assertThat(counts(card).subList(0, 4)).containsExactly(tuple(3, 5), tuple(6, 4), tuple(3, 4), tuple(2, 2));
            assertThat(texts(card.functions().get(0).units().get(0).knowledge())).startsWith(
                    "Виды отчетности в проектах", "Инструменты и методы коммуникаций");
        }

        @Test
        void onlyWhatThePagesReallyShowIsReported() {
            assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line).containsExactly(
                    tuple("missing-field", 7),
                    // the list and the sections of card 12 differ in their word endings
                    tuple("name-mismatch", 518),
                    tuple("name-mismatch", 542),
                    tuple("number-skipped", 700));
        }
    }
}
