package org.profstd.parse.rumintrud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Seed 003: "Специалист по технической поддержке информационно-коммуникационных систем" (06.024), read by hand from
 * the document. The counts agree with the registry XML of the same standard ({@code ru-xml/06.024-2015.xml}).
 */
class RuMintrudParserTest {
    private static final ParseResult RESULT = Corpus.parseSeed("003");
    private static final Standard STANDARD = RESULT.standards().get(0);
    private static final String LAWS = "Отраслевые и локальные нормативно-правовые акты, действующие в организации";

    @Test
    void readsThePassport() {
        assertThat(RESULT.standards()).hasSize(1);
        assertThat(STANDARD.title()).isEqualTo("Специалист по технической поддержке информационно-коммуникационных систем");
        assertThat(STANDARD.code()).isEqualTo("06.024");
        assertThat(STANDARD.registrationNumber()).isEqualTo("562");
        assertThat(STANDARD.jurisdiction()).isEqualTo(Jurisdiction.RU);
        assertThat(STANDARD.language()).isEqualTo(Language.RU);
        assertThat(STANDARD.format()).isEqualTo("ru-mintrud");
        assertThat(STANDARD.activity()).isEqualTo("Техническая поддержка клиентов при установке и эксплуатации"
                + " информационно-коммуникационных (инфокоммуникационных) систем и/или их составляющих");
        assertThat(STANDARD.purpose()).isEqualTo("Постпродажная помощь клиенту для поддержания в работоспособном"
                + " состоянии с заданным качеством инфокоммуникационных систем и/или их составляющих");
        assertThat(STANDARD.okzCodes()).containsExactly("2152", "2511", "2512", "2514", "3512");
        assertThat(STANDARD.okedCodes()).containsExactly("61.10.9", "62.02", "62.09", "62.03.13");
        assertThat(STANDARD.span().startLine()).isEqualTo(21);
        assertThat(STANDARD.span().endLine()).isEqualTo(627);
    }

    @Test
    void readsTheDevelopersOfSectionIv() {
        assertThat(STANDARD.developers()).hasSize(6);
        assertThat(STANDARD.developers().get(0)).isEqualTo("Общероссийское объединение работодателей"
                + " \"Российский союз промышленников и предпринимателей\", город Москва");
        assertThat(STANDARD.developers().get(2)).isEqualTo("ЗАО \"Вест Колл ЛТД\", город Москва");
        assertThat(STANDARD.developers().get(5))
                .isEqualTo("ФГБОУ ВПО \"Московский технический университет связи и информатики\", город Москва");
    }

    @Test
    void theActCarriesItsTitleWithTheQuotesBalanced() {
        assertThat(RESULT.act().number()).isEqualTo("688н");
        assertThat(RESULT.act().title()).isEqualTo("Об утверждении профессионального стандарта"
                + " \"Специалист по технической поддержке информационно-коммуникационных систем\"");
    }

    @Test
    void readsEveryGeneralizedFunctionAsACard() {
        assertThat(STANDARD.cards()).extracting(Card::code, Card::level, Card::name).containsExactly(
                tuple("A", 3, "Работа с первичными обращениями клиентов по вопросам технической эксплуатации"
                        + " инфокоммуникационных систем и/или их составляющих"),
                tuple("B", 6, "Руководство группой специалистов по приему заявок на техническую поддержку"
                        + " инфокоммуникационных систем и/или их составляющих"),
                tuple("C", 6, "Устранение, по обращениям клиентов, возникших проблем при установке и эксплуатации"
                        + " аппаратного, программного и программно-аппаратного обеспечения инфокоммуникационных систем"
                        + " и/или их составляющих"),
                // section II says "информационных систем"; section III, like the registry XML, "инфокоммуникационных"
                tuple("D", 7, "Руководство группой специалистов по выполнению заявок на техническую поддержку"
                        + " инфокоммуникационных систем и/или их составляющих"));
        assertThat(STANDARD.cards()).allSatisfy(c -> {
            assertThat(c.altNames()).isEmpty();
            assertThat(c.specialConditions()).isNull();
        });
        assertThat(STANDARD.cards()).extracting(c -> c.span().startLine()).containsExactly(78, 207, 348, 480);
    }

    @Test
    void readsJobTitlesEducationAndExperience() {
        Card a = card("A");
        assertThat(a.jobTitles()).containsExactly("Специалист первой линии технической поддержки",
                "Оператор технической поддержки", "Специалист диспетчерской службы", "Специалист службы поддержки");
        assertThat(a.education()).startsWith("Основные программы профессионального обучения").endsWith("(до одного года)");
        assertThat(a.experience()).isNull();
        assertThat(card("B").jobTitles()).containsExactly("Старший специалист технической поддержки",
                "Руководитель службы приема заявок");
        assertThat(card("B").education()).isEqualTo("Высшее образование - бакалавриат");
        assertThat(card("C").jobTitles()).containsExactly("Специалист второй линии технической поддержки",
                "Ведущий специалист по технической поддержке", "Эксперт по поставляемому оборудованию");
        // label and value both broken by a page break (lines 360-362)
        assertThat(card("C").experience()).isEqualTo("Не менее шести месяцев работы в области технической поддержки"
                + " инфокоммуникационных систем при среднем профессиональном образовании");
        assertThat(card("D").jobTitles()).containsExactly("Ведущий специалист по технической поддержке",
                "Руководитель группы технической поддержки");
        assertThat(card("D").experience())
                .isEqualTo("Не менее одного года работы в структурном подразделении технической поддержки");
    }

    @Test
    void readsEveryLaborFunctionWithCodeAndName() {
        assertThat(card("A").functions()).extracting(LaborFunction::code, LaborFunction::name).containsExactly(
                // the header of 3.1.1 is shredded by a page break: code and the start of the name come from the map
                tuple("A/01.3", "Обработка обращений клиентов по вопросам эксплуатации инфокоммуникационных систем"
                        + " и/или их составляющих"),
                tuple("A/02.3", "Инструктирование клиентов в решении типовых проблем, возникших при технической"
                        + " эксплуатации инфокоммуникационных систем и/или их составляющих"));
        assertThat(card("B").functions()).extracting(LaborFunction::code, LaborFunction::name).containsExactly(
                tuple("B/01.6", "Инструктирование клиентов в решении нетиповых проблем, возникших в процессе"
                        + " технической эксплуатации инфокоммуникационных систем и/или их составляющих"),
                tuple("B/02.6", "Контроль выполнения заявок клиентов специалистами по технической поддержке"
                        + " инфокоммуникационных систем и/или их составляющих"),
                tuple("B/03.6", "Обработка информации о работе специалистов с обращениями клиентов по вопросам"
                        + " технической поддержки инфокоммуникационных систем и/или их составляющих"));
        assertThat(card("C").functions()).extracting(LaborFunction::code).containsExactly("C/01.6", "C/02.6", "C/03.6");
        assertThat(function("C/03.6").name()).isEqualTo("Устранение возникшей у клиента в ходе эксплуатации проблемы"
                + " на аппаратном, программном, и программно-аппаратном обеспечении инфокоммуникационных систем и/или"
                + " их составляющих");
        assertThat(card("D").functions()).extracting(LaborFunction::code, LaborFunction::name).containsExactly(
                tuple("D/01.7", "Организация работы группы специалистов структурного подразделения технической"
                        + " поддержки по выполнению заявки клиентов на техническую поддержку инфокоммуникационных"
                        + " систем и/или их составляющих"),
                tuple("D/02.7", "Контроль качества выполнения группой специалистов заявок на техническую поддержку"
                        + " инфокоммуникационных систем и/или их составляющих"));
    }

    @Test
    void everyFunctionHasOneUnitOfKindFunction() {
        for (Card c : STANDARD.cards()) {
            for (LaborFunction f : c.functions()) {
                assertThat(f.kind()).isNull();
                assertThat(f.units()).singleElement().satisfies(u -> {
                    assertThat(u.kind()).isEqualTo(UnitKind.FUNCTION);
                    assertThat(u.name()).isEqualTo(f.name());
                    assertThat(u.recognition()).isNull();
                });
            }
        }
    }

    /** Counted by hand in section III; the same counts as the registry XML. */
    @Test
    void countsActionsAbilitiesAndKnowledgeOfEveryFunction() {
        List<LaborFunction> all = STANDARD.cards().stream().flatMap(c -> c.functions().stream()).toList();
        assertThat(all).extracting(LaborFunction::code, f -> unit(f).actions().size(), f -> unit(f).abilities().size(),
                f -> unit(f).knowledge().size()).containsExactly(
                tuple("A/01.3", 5, 7, 5),
                tuple("A/02.3", 3, 5, 7),
                tuple("B/01.6", 4, 5, 9),
                tuple("B/02.6", 3, 4, 8),
                tuple("B/03.6", 5, 4, 7),
                tuple("C/01.6", 3, 4, 7),
                tuple("C/02.6", 4, 5, 9),
                tuple("C/03.6", 8, 6, 11),
                tuple("D/01.7", 6, 5, 15),
                tuple("D/02.7", 5, 6, 14));
    }

    @Test
    void joinsItemsThatAPageBreakCutInTwo() {
        // label "Необходимые" / "знания" and the item both cut (lines 172-174)
        assertThat(unit("A/01.3").knowledge().get(0)).isEqualTo(
                new Item("Регламенты обработки обращений в структурное подразделение технической поддержки", 172));
        assertThat(unit("B/01.6").knowledge().get(2)).isEqualTo(new Item("Типовые решения и ответы на наиболее часто"
                + " задаваемые вопросы по поддерживаемым инфокоммуникационным системам и/или их составляющим", 283));
        assertThat(unit("B/02.6").abilities().get(1)).isEqualTo(new Item("Координировать ход выполнения заявки клиента"
                + " со специалистами соответствующих технических подразделений организации (специалистами второго"
                + " уровня технической поддержки)", 306));
        assertThat(unit("C/03.6").abilities().get(4)).isEqualTo(new Item("Объяснять клиенту правила эксплуатации"
                + " поддерживаемых инфокоммуникационных систем и/или их составляющих", 463));
        assertThat(unit("D/01.7").abilities().get(1)).isEqualTo(new Item("Организовывать и координировать деятельность"
                + " подчиненных сотрудников при выполнении заявок клиентов на техническую поддержку"
                + " инфокоммуникационных систем и/или их составляющих", 544));
    }

    @Test
    void keepsNewItemsAfterAPageBreakApart() {
        // "Необходимые" / "умения" cut, but the row after the break starts a new item (capital letter)
        assertThat(unit("A/02.3").abilities()).extracting(Item::text, Item::line).startsWith(
                tuple("Анализировать и решать типовые запросы клиентов", 192),
                tuple("Объяснять клиентам пути решения возникшей проблемы", 194));
        assertThat(unit("B/03.6").knowledge().get(2)).isEqualTo(new Item("Организационная структура организации", 341));
        assertThat(unit("C/02.6").abilities().get(2)).isEqualTo(new Item("Настраивать прикладное программное"
                + " обеспечение, используемое в поддерживаемом оборудовании", 423));
        assertThat(unit("D/01.7").knowledge().get(14)).isEqualTo(new Item(LAWS, 565));
    }

    @Test
    void putsBackKnowledgePushedIntoTheNextCell() {
        assertThat(unit("A/02.3").knowledge().get(6)).isEqualTo(new Item(LAWS, 204));
        assertThat(unit("C/01.6").knowledge()).last().isEqualTo(new Item(LAWS, 402));
        assertThat(unit("C/01.6").knowledge().get(5)).isEqualTo(new Item("Правила ведения деловых переговоров", 401));
        // printed in the label column, right above "Другие характеристики"
        assertThat(unit("D/02.7").knowledge()).last().isEqualTo(new Item(LAWS, 601));
        assertThat(unit("A/01.3").knowledge()).extracting(Item::text).doesNotContain("-");
    }

    @Test
    void reportsEveryIrregularityWithItsLine() {
        assertThat(RESULT.diagnostics()).extracting(Diagnostic::line, d -> d.code().code()).containsExactly(
                tuple(25, "value-before-label"),
                tuple(33, "value-before-label"),
                tuple(62, "code-cyrillic"),
                tuple(65, "code-cyrillic"),
                tuple(65, "code-cyrillic"),
                tuple(66, "code-cyrillic"),
                tuple(67, "code-cyrillic"),
                tuple(68, "code-cyrillic"),
                tuple(68, "code-cyrillic"),
                tuple(69, "code-cyrillic"),
                tuple(71, "row-continued"),
                tuple(83, "row-continued"),
                tuple(124, "missing-field"),
                tuple(174, "row-continued"),
                tuple(204, "item-out-of-place"),
                tuple(209, "code-cyrillic"),
                tuple(243, "code-cyrillic"),
                tuple(246, "row-continued"),
                tuple(285, "row-continued"),
                tuple(296, "code-cyrillic"),
                tuple(308, "row-continued"),
                tuple(323, "code-cyrillic"),
                tuple(348, "missing-field"),
                tuple(350, "code-cyrillic"),
                tuple(362, "row-continued"),
                tuple(383, "code-cyrillic"),
                tuple(402, "item-out-of-place"),
                tuple(408, "sections-differ"),
                tuple(410, "code-cyrillic"),
                tuple(437, "sections-differ"),
                tuple(442, "row-continued"),
                tuple(465, "row-continued"),
                tuple(480, "sections-differ"),
                tuple(480, "missing-field"),
                tuple(529, "sections-differ"),
                tuple(546, "row-continued"),
                tuple(568, "sections-differ"),
                tuple(601, "item-out-of-place"));
    }

    @Test
    void explainsTheIrregularitiesInWords() {
        assertThat(message(25)).isEqualTo("\"562\" is printed before its label \"Регистрационный номер\" (line 27)");
        assertThat(message(33)).isEqualTo("\"06.024\" is printed before its label \"Код\" (line 37)");
        assertThat(message(243)).isEqualTo("the code of the labor function \"В/01.6\" is printed with a Cyrillic letter;"
                + " read as B/01.6");
        assertThat(message(124)).isEqualTo("labor function 3.1.1 (A/01.3): section III lost code, level, the beginning"
                + " of the name (\"по вопросам эксплуатации инфокоммуникационных систем и/или их составляющих\" is left)"
                + " in a page break; taken from the functional map (line 62)");
        assertThat(message(348)).isEqualTo("generalized labor function 3.3 has no row \"Другие характеристики\"");
        assertThat(message(480)).isEqualTo("generalized labor function 3.4 (D): the name differs: section II"
                + " \"Руководство группой специалистов по выполнению заявок на техническую поддержку информационных"
                + " систем и/или их составляющих\" (line 73), section III \"Руководство группой специалистов по"
                + " выполнению заявок на техническую поддержку инфокоммуникационных систем и/или их составляющих\"");
        assertThat(message(402)).isEqualTo("labor function 3.3.1: the item \"" + LAWS + "\" of \"Необходимые знания\""
                + " is printed in the cell of \"Другие характеристики\"; it was put back");
    }

    private static String message(int line) {
        return RESULT.diagnostics().stream().filter(d -> d.line() == line).findFirst().orElseThrow().message();
    }

    private static Card card(String code) {
        return STANDARD.cards().stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }

    private static LaborFunction function(String code) {
        return STANDARD.cards().stream().flatMap(c -> c.functions().stream()).filter(f -> code.equals(f.code()))
                .findFirst().orElseThrow();
    }

    private static Unit unit(String functionCode) {
        return unit(function(functionCode));
    }

    private static Unit unit(LaborFunction f) {
        return f.units().get(0);
    }
}
