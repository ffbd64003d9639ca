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
import org.profstd.model.RelatedProfession;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;
import org.profstd.parse.Standards;

/**
 * The four DOCX files of {@code corpus/kz-docx}, read by the kz-2017 parser from real tables: a row's cells and their
 * paragraphs are the fragments the parser reads. Figures below were counted in the documents themselves.
 */
class DocxStandardsTest {
    private static ParseResult parse(String file) {
        try {
            return Standards.parse(Corpus.file("kz-docx/" + file));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Per card: "name@level", then per function the number of its units. */
    private static List<String> shape(Standard s) {
        return s.cards().stream().map(c -> c.name() + "@" + c.level() + " "
                + c.functions().stream().map(f -> String.valueOf(f.units().size())).toList()).toList();
    }

    private static Unit unit(Standard s, int card, int function, int unit) {
        return s.cards().get(card - 1).functions().get(function - 1).units().get(unit - 1);
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Nested
    class ItUserSupport {
        final ParseResult result = parse("it-user-support.docx");
        final Standard standard = result.standards().get(0);

        @Test
        void actAndPassport() {
            assertThat(result.source().format()).isEqualTo("docx");
            // "Приложение № 45 к приказу ... «Атамекен» от 24.12.2019г. № 259": the date before the number
            assertThat(result.act().number()).isEqualTo("259");
            assertThat(result.act().date()).isEqualTo("2019-12-24");
            assertThat(result.act().issuer()).isEqualTo("Заместителя Председателя Правления Национальной палаты "
                    + "предпринимателей Республики Казахстан «Атамекен»");
            assertThat(standard.format()).isEqualTo("kz-2017");
            assertThat(standard.title()).isEqualTo("Поддержка пользователей ИТ");
            assertThat(standard.code()).isNull();
            assertThat(standard.okedCodes()).containsExactly("J", "62", "62.0", "62.02", "62.02.1", "95.1", "95.11",
                    "95.11.0", "95.12", "95.12.0");
            assertThat(standard.version()).isEqualTo("1");
            assertThat(standard.year()).isEqualTo(2019);
            assertThat(standard.reviewDate()).isEqualTo("2022-12-30");
            assertThat(standard.terms()).hasSize(13);
            assertThat(standard.terms().get(12).term()).isEqualTo("ПО");
            assertThat(standard.terms().get(12).definition()).isEqualTo("Программное обеспечение");
        }

        @Test
        void twelveCardsAtTheirLevelsWithFunctionsAndTasks() {
            assertThat(shape(standard)).containsExactly(
                    "Аналитик службы поддержки@4 [2, 1, 1]",
                    "Аналитик службы поддержки@5 [2, 1, 1]",
                    "Консультант по поддержке пользователя ИТ@4 [2, 1, 1]",
                    "Консультант по поддержке пользователя ИТ@5 [2, 1, 1]",
                    "Оператор Call-центра по поддержке пользователей ИТ@3 [4, 1]",
                    "Оператор Call-центра по поддержке пользователей ИТ@4 [2, 2]",
                    "Помощник по анализу компьютерных систем@4 [1, 1]",
                    "Помощник по анализу компьютерных систем@5 [3, 2]",
                    "Специалист-техник базы данных@4 [3, 1]",
                    "Специалист-техник базы данных@5 [2, 2]",
                    "Техник службы технической поддержки пользователей ИКТ@3 [2, 2]",
                    "Техник службы технической поддержки пользователей ИКТ@4 [1, 2, 2]");
        }

        @Test
        void theFirstCard() {
            Card card = standard.cards().get(0);
            assertThat(card.code()).isEqualTo("3512-1-001");
            assertThat(card.groupCode()).isEqualTo("3512-1");
            assertThat(card.altNames()).containsExactly("Специалист службы поддержки");
            assertThat(card.goal()).isEqualTo(
                    "Обеспечение технической поддержки по вопросам сопровождаемого продукта инфокоммуникационных систем");
            assertThat(card.education()).isEqualTo("Общее среднее образование, ТиПО (5 уровень МСКО)");
            assertThat(card.span().startLine()).isEqualTo(16);
            assertThat(card.span().endLine()).isEqualTo(47);
            assertThat(card.functions()).extracting(LaborFunction::kind).containsOnly(FunctionKind.REQUIRED);
            assertThat(card.functions().get(0).name()).isEqualTo("Обработка инцидентов, связанных с основным "
                    + "функционалом поддерживаемого продукта инфокоммуникационных систем");
            assertThat(card.personalCompetencies()).containsExactly("Структурное мышление", "Аналитический склад ума",
                    "Коммуникабельность", "Способность к самообучению", "Ответственность", "Стрессоустойчивость");
            assertThat(card.relatedProfessions()).containsExactly(
                    new RelatedProfession(4, "Специалист технической поддержки"),
                    new RelatedProfession(5, "Специалист технической поддержки"));
        }

        @Test
        void tasksAndTheirItems() {
            Unit first = unit(standard, 1, 1, 1);
            assertThat(first.kind()).isEqualTo(UnitKind.TASK);
            assertThat(first.name()).isEqualTo("Поиск и отработка решений, удовлетворяющих клиента и соответствующих "
                    + "функционалу и возможностям продукта");
            assertThat(first.abilities()).hasSize(7);
            assertThat(first.abilities().get(0)).isEqualTo(new Item(
                    "Проводить диагностику инфокоммуникационных систем и/или их составляющих", 28));
            assertThat(texts(first.knowledge())).containsExactly(
                    "Технические характеристики поддерживаемых инфокоммуникационных систем и/или их составляющих",
                    "Основы системного анализа",
                    "Этика и психология общения с клиентом при оказании услуг по технической поддержке");
            assertThat(first.knowledge()).extracting(Item::line).containsOnly(30);
            // Оператор Call-центра, level 3, function 1: four tasks of 11/3, 10/7, 4/4 and 8/4 items
            List<Unit> operator = standard.cards().get(4).functions().get(0).units();
            assertThat(operator).extracting(u -> u.abilities().size(), u -> u.knowledge().size())
                    .containsExactly(tuple(11, 3), tuple(10, 7), tuple(4, 4), tuple(8, 4));
            assertThat(operator.get(3).name()).isEqualTo("Ведение клиентской базы и отчетности");
        }

        @Test
        void diagnosticsOfTheDocumentItself() {
            assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line).containsExactlyInAnyOrder(
                    tuple("missing-field", 6),
                    tuple("number-skipped", 189),
                    tuple("function-number-skipped", 197),
                    tuple("list-restarted", 221),
                    tuple("list-restarted", 223),
                    tuple("card-list-mismatch", 144),
                    tuple("card-list-mismatch", 12),
                    tuple("name-mismatch", 15));
            assertThat(result.diagnostics()).extracting(d -> d.severity().value()).doesNotContain("error");
        }
    }

    @Nested
    class ComputerSystemsInfrastructure {
        final ParseResult result = parse("computer-systems-infrastructure.docx");
        final Standard standard = result.standards().get(0);

        @Test
        void passport() {
            assertThat(result.act().number()).isEqualTo("222");
            assertThat(result.act().date()).isEqualTo("2022-12-05");
            // "Название Профессионального стандарта:" spelled out
            assertThat(standard.title()).isEqualTo("Инфраструктура компьютерных систем");
            assertThat(standard.description()).isEqualTo("Проектирование архитектур ИТ-инфраструктур");
            assertThat(standard.okedCodes()).containsExactly("J", "62", "62.0", "62.01");
            // version 1 of 2019 revised as version 2 of 2022: the last one printed is the edition
            assertThat(standard.version()).isEqualTo("2");
            assertThat(standard.year()).isEqualTo(2022);
            assertThat(standard.reviewDate()).isEqualTo("2025-12-30");
        }

        @Test
        void fiveCardsWithTwoFunctionsOfTasks() {
            assertThat(shape(standard)).containsExactly(
                    "Архитектор ИТ-инфраструктуры@5 [2, 2]",
                    "Архитектор ИТ-инфраструктуры@6 [2, 2]",
                    "Архитектор ИТ-инфраструктуры@7 [1, 2]",
                    "Инженер инфраструктуры информационных технологий@6 [2, 2]",
                    "Инженер инфраструктуры информационных технологий@7 [2, 2]");
            Card architect = standard.cards().get(0);
            assertThat(architect.altNames()).containsExactly("Технический архитектор");
            assertThat(architect.personalCompetencies()).startsWith("Организованность", "Инициативность")
                    .endsWith("Управление проектами").hasSize(9);
            // the speciality column ("Специальность:") is not part of the education level
            assertThat(architect.education()).isEqualTo("общее среднее; ТиПО (5 уровень МСКО)");
            assertThat(unit(standard, 2, 2, 1).abilities()).hasSize(15);
            assertThat(unit(standard, 2, 2, 1).knowledge()).hasSize(11);
            assertThat(unit(standard, 1, 1, 1).abilities().get(1).text()).isEqualTo("Проводить обследование всех "
                    + "компонентов IT-инфраструктуры компании: серверов, АТС, каналов передачи данных и т. д.");
        }

        @Test
        void sectionNamesThatDifferFromTheListAreReported() {
            assertThat(result.diagnostics()).extracting(d -> d.code().code(), Diagnostic::line).containsExactlyInAnyOrder(
                    tuple("missing-field", 6), tuple("name-mismatch", 22), tuple("name-mismatch", 53),
                    tuple("name-mismatch", 119), tuple("name-mismatch", 150));
        }
    }

    @Nested
    class SoftwareMaintenanceOlderVariant {
        final ParseResult result = parse("software-maintenance-support-2017.docx");
        final Standard standard = result.standards().get(0);

        @Test
        void threeCardsWhoseFunctionsCarryTheirItemsWithoutTasks() {
            assertThat(standard.title()).isEqualTo("Обеспечение сопровождения программного обеспечения");
            assertThat(standard.description()).isEqualTo("Сопровождение эксплуатации ПО, поддержка пользователей, "
                    + "техническая поддержка программно-аппаратного комплекса для обеспечения работы ПО");
            assertThat(standard.developers()).containsExactly("АО «Национальный инфокоммуникационный Холдинг «Зерде»");
            assertThat(shape(standard)).containsExactly(
                    "Специалист по сопровождению программного обеспечения@4 [1, 1, 1, 1, 1]",
                    "Специалист по сопровождению программного обеспечения@5 [1, 1, 1, 1, 1]",
                    "Специалист по сопровождению программного обеспечения@6 [1, 1, 1, 1, 1, 1]");
            Unit support = unit(standard, 2, 2, 1);
            assertThat(support.kind()).isEqualTo(UnitKind.FUNCTION);
            assertThat(support.name()).isEqualTo("Техническая поддержка ПО");
            // "Умения и навыки" numbers 1-14, then prints one more requirement on a line of its own, unnumbered;
            // the knowledge numbers start again at 1-5 in the same cell
            assertThat(support.abilities()).hasSize(15);
            assertThat(support.abilities().get(13).text()).isEqualTo(
                    "Выбор средств выявления и реагирования на инциденты ИБ");
            assertThat(support.abilities().get(14).text()).isEqualTo(
                    "Формирование отчетной документации по результатам работ");
            assertThat(support.knowledge()).hasSize(5);
            assertThat(unit(standard, 1, 1, 1).abilities()).extracting(Item::text, Item::line).containsExactly(
                    tuple("Изучение требований и функциональности сопровождаемого ПО", 20),
                    tuple("Изучение предметной области и бизнес- процессов, поддерживаемых ПО", 20));
            assertThat(standard.cards().get(0).code()).isEqualTo("2132");
            assertThat(standard.cards().get(0).education())
                    .isEqualTo("Техническое и профессиональное образование, без опыта практической работы");
            assertThat(standard.cards().get(2).relatedProfessions()).extracting(RelatedProfession::name).containsExactly(
                    "Проектировщик программного обеспечения", "Администратор баз данных",
                    "Специалист по системному и сетевому администрированию (системный администратор)",
                    "Руководитель команды");
            assertThat(result.diagnostics()).isEmpty();
        }
    }

    @Nested
    class SoftwareDevelopmentOlderVariant {
        final ParseResult result = parse("software-development.docx");
        final Standard standard = result.standards().get(0);

        @Test
        void threeCardsAndAnItemContinuedInTheNextRow() {
            assertThat(standard.title()).isEqualTo("Разработка программного обеспечения");
            assertThat(shape(standard)).containsExactly(
                    "Проектировщик программного обеспечения@4 [1, 1]",
                    "Проектировщик программного обеспечения@5 [1, 1, 1, 1]",
                    "Проектировщик программного обеспечения@6 [1, 1, 1, 1, 1]");
            Unit coding = unit(standard, 1, 1, 1);
            assertThat(coding.abilities()).hasSize(13);
            assertThat(coding.knowledge()).hasSize(11);
            // "1. Жизненный цикл ПО, основные методологии" ends one row, "разработки ПО." opens the next
            assertThat(coding.knowledge().get(0)).isEqualTo(new Item("Жизненный цикл ПО, основные методологии разработки ПО", 21));
            assertThat(coding.knowledge().get(10).text()).isEqualTo("Иметь представление о ИБ");
            // a dash in the level column: a related profession without a level
            assertThat(standard.cards().get(2).relatedProfessions()).containsExactly(
                    new RelatedProfession(null, "Руководитель группы"),
                    new RelatedProfession(null, "Системный архитектор"),
                    new RelatedProfession(null, "Специалист по проведению бизнес-анализа в ИКТ (бизнес-аналитик)"));
            assertThat(result.diagnostics()).isEmpty();
        }
    }
}
