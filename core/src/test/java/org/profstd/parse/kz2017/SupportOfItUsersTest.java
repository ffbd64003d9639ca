package org.profstd.parse.kz2017;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** Seed 000, "Поддержка пользователей ИТ" (kz-2017, version 1 of 2019): six professions, each at two ORK levels. */
class SupportOfItUsersTest {
    private static ParseResult result;
    private static Standard standard;

    @BeforeAll
    static void parse() {
        result = Corpus.parseSeed("000");
        standard = result.standards().get(0);
    }

    private static Card card(int number) {
        return standard.cards().get(number - 1);
    }

    private static Unit task(int card, int function, int task) {
        return card(card).functions().get(function - 1).units().get(task - 1);
    }

    @Test
    void passport() {
        assertThat(result.standards()).hasSize(1);
        assertThat(standard.title()).isEqualTo("Поддержка пользователей ИТ");
        assertThat(standard.format()).isEqualTo("kz-2017");
        assertThat(standard.code()).isNull(); // "Номер ПС:" is empty
        assertThat(standard.okedCodes()).containsExactly("J", "62", "62.0", "62.02", "62.02.1", "95.1", "95.11",
                "95.11.0", "95.12", "95.12.0");
        assertThat(standard.description()).isEqualTo("Обеспечение поддержки пользователей для решения проблем с "
                + "компьютерными программами, оборудованием и периферийными устройствами");
        assertThat(standard.version()).isEqualTo("1");
        assertThat(standard.year()).isEqualTo(2019);
        assertThat(standard.reviewDate()).isEqualTo("2022-12-30");
        assertThat(standard.developers()).containsExactly(
                "Товарищество с ограниченной ответственностью «Компания системных исследований «Фактор»");
    }

    @Test
    void glossary() {
        assertThat(standard.terms()).hasSize(14);
        // the dash of this entry is on its second line
        assertThat(standard.terms()).extracting(Term::term)
                .contains("CRM-система (Customer Relationship Management или Управление отношениями с клиентами)");
        assertThat(standard.terms()).extracting(Term::term).startsWith("Информационная система (ИС)",
                "Информационная технология (ИТ, IT)").endsWith("ИКТ", "ПО");
        assertThat(standard.terms()).contains(new Term("Архитектура информационной системы",
                "концепция, определяющая модель, структуру, выполняемые функции и взаимосвязь компонентов "
                        + "информационной системы"));
    }

    @Test
    void everyCardNameCodeAndLevel() {
        assertThat(standard.cards()).extracting(Card::name, Card::code, Card::level).containsExactly(
                tuple("Аналитик службы поддержки", "3512-1-001", 4),
                tuple("Аналитик службы поддержки", "3512-1-001", 5),
                tuple("Консультант по поддержке пользователя ИТ", "3512-1-002", 4),
                tuple("Консультант по поддержке пользователя ИТ", "3512-1-002", 5),
                tuple("Оператор Call-центра по поддержке пользователей ИТ", "3512-1-003", 3),
                tuple("Оператор Call-центра по поддержке пользователей ИТ", "3512-1-003", 4),
                tuple("Помощник по анализу компьютерных систем", "3512-1-004", 4),
                tuple("Помощник по анализу компьютерных систем", "3512-1-004", 5),
                tuple("Специалист-техник базы данных", "3512-1-005", 4),
                tuple("Специалист-техник базы данных", "3512-1-005", 5),
                tuple("Техник службы технической поддержки пользователей ИКТ", "3512-1-006", 3),
                tuple("Техник службы технической поддержки пользователей ИКТ", "3512-1-006", 4));
        assertThat(standard.cards()).extracting(Card::groupCode).containsOnly("3512-1");
    }

    @Test
    void headerOfTheFirstCard() {
        Card c = card(1);
        assertThat(c.altNames()).containsExactly("Специалист службы поддержки");
        assertThat(c.goal()).isEqualTo(
                "Обеспечение технической поддержки по вопросам сопровождаемого продукта инфокоммуникационных систем");
        assertThat(c.education()).isEqualTo("Общее среднее образование, ТиПО (5 уровень МСКО)");
        assertThat(c.span()).isEqualTo(new org.profstd.model.Span(158, 510));
    }

    @Test
    void functionsAndTasksOfTheFirstCard() {
        assertThat(card(1).functions()).extracting(LaborFunction::name, LaborFunction::kind).containsExactly(
                tuple("Обработка инцидентов, связанных с основным функционалом поддерживаемого продукта "
                        + "инфокоммуникационных систем", FunctionKind.REQUIRED),
                tuple("Мониторинг проблем сопровождаемого продукта инфокоммуникационных систем", FunctionKind.REQUIRED),
                tuple("Опытная проверка поддерживаемого продукта инфокоммуникационных систем", FunctionKind.REQUIRED));
        assertThat(card(1).functions()).extracting(f -> f.units().size()).containsExactly(2, 1, 1);
        assertThat(card(1).functions().get(0).units()).extracting(Unit::kind, Unit::name).containsExactly(
                tuple(UnitKind.TASK, "Поиск и отработка решений, удовлетворяющих клиента и соответствующих функционалу и "
                        + "возможностям продукта"),
                tuple(UnitKind.TASK, "Ведение сервисных записей о выявленных проблемах и отчетной документации"));
    }

    @Test
    void tasksPerFunctionOfEveryCard() {
        assertThat(standard.cards()).extracting(c -> c.functions().stream().map(f -> f.units().size()).toList())
                .containsExactly(List.of(2, 1, 1), List.of(2, 1, 1), List.of(2, 1, 1), List.of(2, 1, 1),
                        List.of(4, 1), List.of(2, 2), List.of(1, 1), List.of(3, 2), List.of(3, 1), List.of(2, 2),
                        List.of(2, 2), List.of(1, 2, 2));
    }

    @Test
    void functionsNumberedOneAndThreeAreTheTwoListedFunctions() {
        assertThat(card(6).functions()).extracting(LaborFunction::name).containsExactly(
                "Контроль качества обработки обращений клиентов",
                "Планирование ресурсов для обработки обращений клиентов");
    }

    @Test
    void itemsCountedByHand() {
        assertThat(task(1, 1, 1).abilities()).hasSize(7);
        assertThat(task(1, 1, 1).knowledge()).hasSize(3);
        assertThat(task(2, 2, 1).abilities()).hasSize(5);
        assertThat(task(2, 2, 1).knowledge()).hasSize(3);
        assertThat(task(7, 1, 1).abilities()).hasSize(14);
        assertThat(task(7, 1, 1).knowledge()).hasSize(11);
        assertThat(task(12, 3, 1).abilities()).hasSize(4);
    }

    @Test
    void itemTextAndLines() {
        assertThat(task(1, 1, 1).abilities().get(0)).isEqualTo(
                new Item("Проводить диагностику инфокоммуникационных систем и/или их составляющих", 228));
        assertThat(task(1, 1, 1).knowledge().get(2)).isEqualTo(
                new Item("Этика и психология общения с клиентом при оказании услуг по технической поддержке", 271));
        // the item runs across the page number 8 of the printed original (line 720)
        assertThat(task(2, 2, 1).abilities().get(2)).isEqualTo(new Item(
                "Выявлять и фиксировать отклонения от штатной работы поддерживаемого продукта инфокоммуникационных систем",
                714));
    }

    @Test
    void wordsBrokenAtTheColumnEdgeAreMended() {
        // "инфраструктуре/у" / "даленно/на" and "Инструктировани" / "е клиентов в"
        assertThat(task(1, 3, 1).name()).isEqualTo("Тестирование и воспроизведение ситуаций, описанных клиентами, "
                + "на тестовой инфраструктуре/удаленно/на площадке клиента");
        assertThat(task(3, 1, 2).name()).isEqualTo("Инструктирование клиентов в решении типовых вопросов по "
                + "эксплуатации технологических компонент инфокоммуникационных систем");
        assertThat(task(10, 1, 1).name()).isEqualTo(
                "Оптимизация распределения вычислительных ресурсов, взаимодействующих с БД");
    }

    @Test
    void columnsPrintedInterleavedAreSortedOut() {
        // lines 1067-1108: function name, "Умения:", ability 1, rest of the function name, "Задача 1:" and its name,
        // then the rest of ability 1
        LaborFunction f = card(3).functions().get(2);
        assertThat(f.name()).isEqualTo("Решение, возникших проблем при установке и эксплуатации аппаратного, "
                + "программного и программно-аппаратного обеспечения инфокоммуникационных систем и/или их составляющих");
        assertThat(f.units()).hasSize(1);
        assertThat(f.units().get(0).name()).startsWith("Устранение проблемных ситуаций, возникших у клиента")
                .endsWith("инфокоммуникационных систем и/или их составляющих");
        assertThat(f.units().get(0).abilities().get(0)).isEqualTo(new Item(
                "Настраивать специализированные операционные системы, используемые в поддерживаемом оборудовании",
                1075));
        assertThat(f.units().get(0).abilities()).hasSize(4);
    }

    @Test
    void fusedLabelsAreReadApart() {
        // line 4313 "Трудовая Задача 1: Умения:", line 4314 "функция 3:", then the function's and the task's names
        LaborFunction f = card(12).functions().get(2);
        assertThat(f.name()).isEqualTo("Обслуживание сетевых устройств инфокоммуникационной системы");
        assertThat(f.units().get(0).name()).isEqualTo("Выполнение работ по выявлению и устранению сложных "
                + "инцидентов, возникающих на сетевых устройствах инфокоммуникационных систем");
        assertThat(f.units().get(0).abilities().get(0)).isEqualTo(
                new Item("Анализировать сообщения об ошибках в сетевых устройствах и операционных системах", 4332));
    }

    @Test
    void personalCompetenciesAndRelatedProfessions() {
        // the comma after "внимательность" is missing at the line end
        assertThat(card(12).personalCompetencies()).containsExactly("Техническое мышление",
                "Усидчивость и внимательность", "Организаторские способности", "Способность к самообучению",
                "Ответственность", "Умение работать в команде", "Стрессоустойчивость");
        assertThat(card(1).relatedProfessions()).containsExactly(
                new RelatedProfession(4, "Специалист технической поддержки"),
                new RelatedProfession(5, "Специалист технической поддержки"));
        // the level "4" stands alone on its line, the name three lines later
        assertThat(card(5).relatedProfessions()).containsExactly(
                new RelatedProfession(4, "Специалист службы поддержки"),
                new RelatedProfession(5, "Специалист службы поддержки"));
        assertThat(card(9).relatedProfessions()).containsExactly(
                new RelatedProfession(5, "Специалист по администрированию баз данных"));
    }

    @Test
    void diagnosticsOfTheIrregularitiesFoundByReading() {
        assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line).containsExactlyInAnyOrder(
                tuple("missing-field", 80),              // "Номер ПС:" empty
                tuple("value-before-label", 168),        // "Другие возможные Специалист службы поддержки" / "названия профессии:"
                tuple("page-number-removed", 720),
                tuple("label-out-of-place", 1088),       // "Задача 1:" after the first ability of the task
                tuple("page-number-removed", 1778),
                tuple("number-skipped", 2116),           // the first task is "Задача 2"
                tuple("function-number-skipped", 2233),  // "Трудовая функция 3" after function 1
                tuple("page-number-removed", 2267),
                tuple("page-number-removed", 2349),
                tuple("list-restarted", 2552),
                tuple("list-restarted", 2584),
                tuple("page-number-removed", 3635),
                tuple("label-out-of-place", 4313),       // "Трудовая Задача 1: Умения:" fused
                tuple("label-out-of-place", 4313),
                tuple("card-list-mismatch", 132),        // Call-centre operator listed at 4-5, printed at 3-4
                tuple("card-list-mismatch", 1582),
                tuple("name-mismatch", 152));            // listed "... пользователей ИТ", card "... пользователей ИКТ"
        assertThat(result.diagnostics()).filteredOn(d -> d.line() == 2233).extracting(Diagnostic::message)
                .containsExactly("\"Трудовая функция 3\" follows function 1 (card 6 (3512-1-003, level 4))");
        assertThat(result.diagnostics()).filteredOn(d -> d.line() == 152).extracting(Diagnostic::message)
                .containsExactly("the list names \"Техник службы технической поддержки пользователей ИТ\" but the card "
                        + "is named \"Техник службы технической поддержки пользователей ИКТ\"");
    }
}
