package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.RelatedProfession;
import org.profstd.model.Severity;
import org.profstd.model.Standard;
import org.profstd.model.Term;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Seed 002: order 209/НК carrying 14 kz-2023 standards in Russian, a markdown conversion with one table row per line.
 * Every figure here was counted in the document itself.
 */
class Kz2023RussianTest {
    private static ParseResult result;

    @BeforeAll
    static void parse() {
        result = Corpus.parseSeed("002");
    }

    private static Standard standard(int index) {
        return result.standards().get(index);
    }

    private static Card card(int standard, int card) {
        return standard(standard).cards().get(card);
    }

    private static Unit skill(Card card, int function, int skill) {
        return card.functions().get(function).units().get(skill);
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Test
    void readsTheTitleAndCodeOfAll14Standards() {
        assertThat(result.standards()).extracting(Standard::title, Standard::code).containsExactly(
                tuple("Разработка приложений искусственного интеллекта", "J068"),
                tuple("Разработка IoT систем", "J066"),
                tuple("Разработка параллельных и распределенных программ", "J067"),
                tuple("Сопровождение программного обеспечения", "J064"),
                tuple("Тренер по спортивному программированию", "J065"),
                tuple("Облачные технологии", "J072"),
                tuple("Системное и сетевое администрирование", "J069"),
                tuple("Разработка систем обработки и хранения больших данных", "J070"),
                tuple("Инфраструктура компьютерных систем", "J071"),
                tuple("Разработка программного обеспечения", "J073"),
                tuple("Администрирование серверов", "J074"),
                tuple("Обслуживание и программное сопровождение роботов", "J075"),
                tuple("Поддержка пользователей ИТ", "J076"),
                tuple("Разработка анимационных фильмов, видеоигр и интерактивных 3D-приложений", "J077"));
        assertThat(result.standards()).allSatisfy(s -> {
            assertThat(s.jurisdiction()).isEqualTo(Jurisdiction.KZ);
            assertThat(s.language()).isEqualTo(Language.RU);
            assertThat(s.format()).isEqualTo("kz-2023");
        });
    }

    @Test
    void readsThePassportAndTechnicalDataOfTheFirstStandard() {
        Standard s = standard(0);
        assertThat(s.span().startLine()).isEqualTo(81);
        assertThat(s.span().endLine()).isEqualTo(369);
        assertThat(s.version()).isEqualTo("3");
        assertThat(s.year()).isEqualTo(2024);
        assertThat(s.reviewDate()).isEqualTo("2027-12-30");
        assertThat(s.okedCodes()).containsExactly("J", "61", "61.9", "61.90", "61.90.9");
        assertThat(s.description()).startsWith("Применение методов искусственного интеллекта в технике");
        assertThat(s.developers()).containsExactly("Комитет цифровых активов и прорывных технологий Министерства"
                + " искусственного интеллекта и цифрового развития РК");
        // 21 terms and 6 abbreviations
        assertThat(s.terms()).hasSize(27);
        assertThat(s.terms().get(0).term()).isEqualTo("Информационная система (ИС)");
        assertThat(s.terms().get(26)).isEqualTo(new Term("ООП", "Объектно-ориентированное программирование."));
        assertThat(s.terms().get(12).definition()).endsWith(
                "специалист по искусственному интеллекту, проектирующий и создающий экспертную систему. Обычно инженер"
                        + " по знаниям выступает в роли посредника между экспертом и базой знаний.");
        assertThat(standard(2).version()).isEqualTo("1");
        assertThat(standard(2).year()).isEqualTo(2025);
        assertThat(standard(2).reviewDate()).isEqualTo("2028-01-06");
    }

    @Test
    void readsTheNameAndLevelOfEveryCard() {
        assertThat(standard(0).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Инженер по искусственному интеллекту", 6), tuple("Инженер по искусственному интеллекту", 7),
                tuple("Специалист по искусственному интеллекту", 6), tuple("Специалист по искусственному интеллекту", 7));
        assertThat(standard(1).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Инженер облачных IoT систем", 7), tuple("Инженер облачных IoT систем", 6),
                tuple("Инженер-программист IoT систем", 6), tuple("Инженер-программист IoT систем", 7));
        assertThat(standard(2).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Разработчик параллельных программ", 6));
        assertThat(standard(3).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Специалист по сопровождению программного обеспечения", 6),
                tuple("Специалист по сопровождению программного обеспечения", 5));
        assertThat(standard(4).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Тренер по спортивному программированию", 6));
        assertThat(standard(5).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Разработчик облачных технологий", 5), tuple("Разработчик облачных технологий", 7),
                tuple("Специалист по облачным вычислениям", 7), tuple("Архитектор облачных технологий", 7),
                tuple("Администратор облачных технологий", 7), tuple("Специалист по облачным вычислениям", 6),
                tuple("Администратор облачных технологий", 5), tuple("Администратор облачных технологий", 6),
                tuple("Архитектор облачных технологий", 6), tuple("Разработчик облачных технологий", 6),
                tuple("Архитектор облачных технологий", 5));
        assertThat(standard(6).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Системный инженер", 6), tuple("Сетевой администратор", 6), tuple("Системный инженер", 7),
                tuple("Сетевой администратор", 5), tuple("Сетевой администратор", 4));
        assertThat(standard(7).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Специалист по BI - системам", 6), tuple("Специалист по BI - системам", 7),
                tuple("Инженер по компьютерной лингвистике (NLP)", 7), tuple("Специалист по машинному обучению", 7),
                tuple("Специалист по нейронным сетям", 7), tuple("Специалист по машинному обучению", 6),
                tuple("Программист компьютерного зрения", 7), tuple("Инженер по компьютерной лингвистике (NLP)", 6),
                tuple("Специалист по Data Mining", 6), tuple("Программист компьютерного зрения", 6),
                tuple("Специалист по Data Mining", 7), tuple("Специалист по нейронным сетям", 6));
        assertThat(standard(8).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Архитектор ИТ-инфраструктуры", 7),
                tuple("Инженер инфраструктуры информационных технологий", 6),
                tuple("Инженер инфраструктуры информационных технологий", 7), tuple("Архитектор ИТ-инфраструктуры", 6));
        assertThat(standard(9).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Проектировщик программного обеспечения", 7), tuple("Программист приложений", 6),
                tuple("Web-разработчик", 5), tuple("Проектировщик программного обеспечения", 5),
                tuple("Разработчик мобильных приложений", 6), tuple("Программист приложений", 5),
                tuple("Web-разработчик", 6), tuple("Разработчик приложений (Разработчик real-time приложений)", 5),
                tuple("Проектировщик программного обеспечения", 6),
                tuple("Разработчик приложений (Разработчик real-time приложений)", 6),
                tuple("Разработчик мобильных приложений", 5));
        assertThat(standard(10).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Администратор локальных вычислительных сетей", 4),
                tuple("Администратор информационных систем", 5), tuple("Администратор серверов", 6),
                tuple("Администратор информационных систем", 7), tuple("Администратор информационных систем", 6),
                tuple("Администратор серверов", 5));
        assertThat(standard(11).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Техник по робототехнике", 4), tuple("Техник-оператор по обслуживанию промышленных роботов", 3),
                tuple("Техник-программист по обслуживанию промышленных роботов", 5), tuple("Техник по робототехнике", 5),
                tuple("Техник-программист по обслуживанию промышленных роботов", 4),
                tuple("Техник-оператор по обслуживанию промышленных роботов", 4));
        assertThat(standard(12).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Аналитик службы поддержки", 5), tuple("Консультант по поддержке пользователя ИКТ", 4),
                tuple("Консультант по поддержке пользователя ИКТ", 5),
                tuple("Оператор Call-центра по поддержке пользователей ИКТ", 4),
                tuple("Оператор Call-центра по поддержке пользователей ИКТ", 5),
                tuple("Техник службы технической поддержки пользователей ИКТ", 4));
        assertThat(standard(13).cards()).extracting(Card::name, Card::level).containsExactly(
                tuple("Разработчик мультимедиа", 5), tuple("Разработчик-мультипликатор", 5),
                tuple("IT-дизайнер (3D моделирование – 3D Дженералист)", 6), tuple("Разработчик-мультипликатор", 6),
                tuple("Разработчик компьютерных игр", 7), tuple("IT-дизайнер (3D моделирование – 3D Дженералист)", 7),
                tuple("Разработчик мультимедиа", 6), tuple("Разработчик компьютерных игр", 6),
                tuple("Специалист по разработке компьютерных игр", 5));
    }

    @Test
    void readsTheFieldsOfACard() {
        Card c = card(0, 1);
        assertThat(c.code()).isEqualTo("2519-9-001");
        assertThat(c.groupCode()).isEqualTo("2519-9");
        assertThat(c.sublevel()).isNull();
        assertThat(c.span().startLine()).isEqualTo(219);
        assertThat(c.span().endLine()).isEqualTo(259);
        assertThat(c.education()).isEqualTo("Уровень образования: послевузовское образование (магистратура,"
                + " резидентура); Специальность: Информационно-коммуникационные технологии; Квалификация: -;"
                + " Уровень образования: высшее образование (бакалавриат, специалитет, ординатура); Специальность: -;"
                + " Квалификация: -");
        assertThat(c.experience()).isEqualTo("Не менее 5 лет работы в сфере разработки программного обеспечения.");
        assertThat(c.goal()).isEqualTo("Руководство разработкой и внедрением сложных систем искусственного интеллекта");
        assertThat(c.personalCompetencies()).containsExactly("Ответственность", "Аналитическое мышление",
                "Критический анализ", "Организованность", "Умение решать нестандартные задачи");
        assertThat(c.relatedProfessions()).containsExactly(
                new RelatedProfession(6, "Специалист по искусственному интеллекту"),
                new RelatedProfession(7, "Специалист по искусственному интеллекту"));
        // "Связь с другими профессиями в рамках ОРК:⇥Уровень ОРК: 7⇥Наименование профессии: ..." in one row
        assertThat(card(0, 2).relatedProfessions()).containsExactly(
                new RelatedProfession(7, "Специалист по искусственному интеллекту"));
        assertThat(card(5, 10).altNames()).containsExactly("2529-0-001 - Специалист по облачным вычислениям");
    }

    @Test
    void readsFunctionsAndSkillsPerCard() {
        assertThat(skillsPerFunction(card(0, 0))).containsExactly(3, 2, 1);
        assertThat(skillsPerFunction(card(0, 1))).containsExactly(2, 1, 2, 1);
        assertThat(skillsPerFunction(card(0, 2))).containsExactly(3, 2, 2);
        assertThat(skillsPerFunction(card(0, 3))).containsExactly(3, 1);
        assertThat(skillsPerFunction(card(2, 0))).containsExactly(3, 3, 3, 3);
        assertThat(skillsPerFunction(card(3, 1))).containsExactly(1, 1, 1, 1, 1);
        assertThat(skillsPerFunction(card(4, 0))).containsExactly(2, 3, 2, 1);
        assertThat(card(0, 0).functions()).extracting(LaborFunction::name, LaborFunction::kind).containsExactly(
                tuple("Реализация систем искусственного интеллекта", FunctionKind.REQUIRED),
                tuple("Опытная эксплуатация систем искусственного интеллекта и ее внедрение", FunctionKind.REQUIRED),
                tuple("Мониторинг и оптимизация AI-систем", FunctionKind.REQUIRED));
        assertThat(card(4, 0).functions().get(3).name()).isEqualTo("Организация и проведение олимпиад");
        assertThat(card(4, 0).functions().get(3).kind()).isEqualTo(FunctionKind.ADDITIONAL);
    }

    private static List<Integer> skillsPerFunction(Card card) {
        return card.functions().stream().map(f -> f.units().size()).toList();
    }

    @Test
    void readsAnHtmlListCell() {
        Unit u = skill(card(0, 0), 0, 0);
        assertThat(u.kind()).isEqualTo(UnitKind.SKILL);
        assertThat(u.name()).isEqualTo("Разработка проекта интеллектуальной системы");
        assertThat(u.recognition()).isEqualTo("Не рекомендуется");
        assertThat(texts(u.abilities())).containsExactly(
                "Разрабатывать, согласовывать и утверждать техническое задание на создание систем искусственного"
                        + " интеллекта",
                "Проводить извлечение знаний (т.е. получение инженером по знаниям наиболее полного из возможных"
                        + " представлений о предметной области и способов принятия решений в ней)",
                "Разрабатывать документацию на систему искусственного интеллекта и ее части",
                "Готовить аналитические отчеты");
        assertThat(texts(u.knowledge())).containsExactly(
                "Устройство и функционирование современных систем искусственного интеллекта",
                "Теоретические основы проектирования систем искусственного интеллекта",
                "Моделирование нечетких множеств, нечеткая логика");
        assertThat(u.abilities()).extracting(Item::line).containsOnly(197);
    }

    @Test
    void readsAnInlineNumberedRun() {
        Unit u = skill(card(0, 0), 1, 1);
        assertThat(u.name()).isEqualTo("Тестирование систем искусственного интеллекта");
        assertThat(u.abilities()).hasSize(4);
        assertThat(u.knowledge()).hasSize(5);
        assertThat(u.knowledge().get(4)).isEqualTo(
                new Item("Требования к структуре и форматам хранения тестовых наборов данных", 209));
    }

    @Test
    void joinsARowSplitByAPageBreak() {
        // the knowledge list of skill 2 continues on line 201, after the page break, and item 6 with it
        Unit u = skill(card(0, 0), 0, 1);
        assertThat(u.name()).isEqualTo("Программная реализация интеллектуальной системы");
        assertThat(u.abilities()).hasSize(2);
        assertThat(u.knowledge()).hasSize(7);
        assertThat(u.knowledge().get(5)).isEqualTo(new Item("Оболочки интеллектуальных и экспертных систем (BUILD,"
                + " EMYCIN, EXSYS Professional, ЭКСПЕРТ), которые позволяют создавать прикладные интеллектуальные"
                + " системы, не прибегая к программированию", 199));
        assertThat(u.knowledge().get(6)).isEqualTo(new Item("Методологии разработки программного обеспечения", 201));
        // the skill name of card 10's second skill also waits for the page break (lines 239 and 241)
        Unit named = skill(card(0, 1), 0, 1);
        assertThat(named.name()).isEqualTo("Программная реализация интеллектуальной системы");
        assertThat(named.abilities()).hasSize(6);
        assertThat(named.abilities().get(5))
                .isEqualTo(new Item("Корректировать план разработки систем искусственного интеллекта", 241));
    }

    @Test
    void readsAFunctionWhoseLabelFollowsItsFirstSkill() {
        // "Навык 1" on line 205 opens function 2; its label "Трудовая функция 2: ..." comes on line 207
        LaborFunction f = card(0, 0).functions().get(1);
        assertThat(f.name()).isEqualTo("Опытная эксплуатация систем искусственного интеллекта и ее внедрение");
        Unit first = f.units().get(0);
        assertThat(first.name()).isEqualTo("Внедрение и сопровождение систем искусственного интеллекта");
        assertThat(first.abilities()).hasSize(6);
        assertThat(texts(first.knowledge())).containsExactly(
                "Основные инструментальные средства искусственного интеллекта",
                "Основные области применения систем искусственного интеллекта",
                "Методики испытаний систем искусственного интеллекта",
                "Основы работы с базами данных");
        // the label cell of function 1 stays empty; its name is printed on line 201
        assertThat(card(0, 0).functions().get(0).name()).isEqualTo("Реализация систем искусственного интеллекта");
    }

    @Test
    void readsAnAbilitiesLabelPrintedBeforeItsSkill() {
        // "⇥⇥Умения:⇥" on line 235, then "Навык 1" with the items on line 237
        Unit u = skill(card(0, 1), 0, 0);
        assertThat(u.name()).isEqualTo("Разработка проекта интеллектуальной системы");
        assertThat(u.abilities()).hasSize(7);
        assertThat(u.knowledge()).hasSize(9);
        assertThat(u.abilities().get(0).text()).isEqualTo(
                "Применять принципы построения архитектуры систем искусственного интеллекта и виды архитектур систем"
                        + " искусственного интеллекта");
    }

    @Test
    void joinsALetterSpacedSkillName() {
        Unit u = skill(card(0, 0), 2, 0);
        assertThat(u.name()).isEqualTo("Анализ производительности");
        assertThat(texts(u.abilities())).containsExactly("Мониторить дрейф данных и концептов",
                "Оценивать бизнес-метрики системы", "Проводить A/B тестирование");
    }

    @Test
    void reportsTheIrregularitiesOfTheDocument() {
        List<Diagnostic> d = result.diagnostics();
        assertThat(d).contains(
                new Diagnostic(Severity.INFO, DiagnosticCode.CODE_CYRILLIC, 1767,
                        "the standard code \"Ю069\" is printed with a Cyrillic letter; read as \"J069\""),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CARD_NUMBER_SKIPPED, 1934, "card 15 follows card 12"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CARD_NUMBER_SKIPPED, 2221, "card 15 follows card 12"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CARD_NUMBER_SKIPPED, 2663, "card 11 follows card 9"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.CARD_NUMBER_SKIPPED, 3472, "card 16 follows card 9"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.MISSING_APPENDIX_HEADER, 3369,
                        "the standard at line 3369 has no \"Приложение\" header"),
                new Diagnostic(Severity.INFO, DiagnosticCode.LETTER_SPACED, 211,
                        "\"А н а л и з\" was printed letter-spaced and was read as \"Анализ\""),
                new Diagnostic(Severity.WARNING, DiagnosticCode.NAME_MISMATCH, 2061, "the list of cards names \"Специалист по VI -"
                        + " системам\" where card 9 (line 2077) is \"Специалист по BI - системам\""),
                new Diagnostic(Severity.WARNING, DiagnosticCode.NUMBER_SKIPPED, 1788, "list of cards: entry 7 follows entry 4"),
                new Diagnostic(Severity.WARNING, DiagnosticCode.NUMBER_SKIPPED, 478,
                        "abilities of the skill at line 478: item 5 follows item 3"),
                new Diagnostic(Severity.INFO, DiagnosticCode.VALUE_BEFORE_LABEL, 207,
                        "the label of labor function 2 is printed after its first skill (line 205)"));
        assertThat(d).filteredOn(x -> x.code() == DiagnosticCode.CARD_NUMBER_SKIPPED).hasSize(4);
        assertThat(d).filteredOn(x -> x.code() == DiagnosticCode.CODE_CYRILLIC).hasSize(1);
        assertThat(d).noneMatch(x -> x.severity() == Severity.ERROR);
    }
}
