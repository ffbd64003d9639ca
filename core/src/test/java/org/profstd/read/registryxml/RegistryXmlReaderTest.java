package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.read.registryxml.RegistryFiles.card;
import static org.profstd.read.registryxml.RegistryFiles.lineOf;
import static org.profstd.read.registryxml.RegistryFiles.only;
import static org.profstd.read.registryxml.RegistryFiles.parse;
import static org.profstd.read.registryxml.RegistryFiles.texts;
import static org.profstd.read.registryxml.RegistryFiles.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.ActKind;
import org.profstd.model.Card;
import org.profstd.model.Classifier;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;
import org.profstd.model.Source;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** What the four registry exports of the corpus hold, as read from the files by hand. */
class RegistryXmlReaderTest {
    /** A labor function: its code and how many actions, abilities (required skills) and knowledge items it has. */
    record Counts(String code, int actions, int abilities, int knowledge) {
        static Counts of(Standard standard, String code) {
            Unit u = unit(standard, code);
            return new Counts(code, u.actions().size(), u.abilities().size(), u.knowledge().size());
        }
    }

    private static List<String> cardCodes(Standard s) {
        return s.cards().stream().map(Card::code).toList();
    }

    private static List<Integer> levels(Standard s) {
        return s.cards().stream().map(Card::level).toList();
    }

    private static List<String> functionCodes(Card card) {
        return card.functions().stream().map(LaborFunction::code).toList();
    }

    @Test
    void theClassifierEntriesOfEachGeneralizedFunctionAreReadInTheirOrder() {
        Standard s = only(parse("06.024-2015.xml"));
        assertThat(s.cards().get(0).classifiers()).containsExactly(
                new Classifier(Classifier.OKZ, "3512", "Специалисты-техники по поддержке пользователей ИКТ"),
                new Classifier(Classifier.EKS, null, "Техник-программист"),
                new Classifier(Classifier.OKPDTR, "27099", "Техник-программист"));
        List<Classifier> b = s.cards().get(1).classifiers();
        assertThat(b).filteredOn(c -> c.system().equals(Classifier.OKZ)).extracting(Classifier::code)
                .containsExactly("2152", "2511", "2512", "2514");
        assertThat(b).filteredOn(c -> c.system().equals(Classifier.EKS)).extracting(Classifier::name)
                .containsExactly("Инженер-программист (программист)", "Инженер-электроник (электроник)",
                        "Начальник (руководитель) бригады (группы)");
        assertThat(b).filteredOn(c -> c.system().equals(Classifier.OKPDTR)).extracting(Classifier::code)
                .containsExactly("22824", "22864", "22870", "26151");
        assertThat(b).filteredOn(c -> c.system().equals(Classifier.OKSO)).extracting(Classifier::code, Classifier::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("210400", "Телекоммуникации"),
                        org.assertj.core.groups.Tuple.tuple("230101", "Вычислительные машины, комплексы, системы и сети"),
                        org.assertj.core.groups.Tuple.tuple("230105",
                                "Программное обеспечение вычислительной техники и автоматизированных систем"));
    }

    @Test
    void specialistInTechnicalSupport2015() {
        ParseResult result = parse("06.024-2015.xml");
        assertThat(result.source().format()).isEqualTo("registry-xml");
        assertThat(result.source().language()).isEqualTo(Language.RU);
        assertThat(result.act()).isEqualTo(new LegalAct("Министерство труда и социальной защиты Российской Федерации",
                "688н", "2015-10-05", ActKind.APPROVAL, null, null));
        assertThat(result.diagnostics()).isEmpty();

        Standard s = only(result);
        assertThat(s.title()).isEqualTo("Специалист по технической поддержке информационно-коммуникационных систем");
        assertThat(s.code()).isEqualTo("06.024");
        assertThat(s.registrationNumber()).isEqualTo("562");
        assertThat(s.jurisdiction()).isEqualTo(Jurisdiction.RU);
        assertThat(s.language()).isEqualTo(Language.RU);
        assertThat(s.format()).isEqualTo("ru-mintrud");
        assertThat(s.year()).isEqualTo(2015);
        assertThat(s.activity()).isEqualTo("Техническая поддержка клиентов при установке и эксплуатации"
                + " информационно-коммуникационных (инфокоммуникационных) систем и/или их составляющих");
        assertThat(s.purpose()).startsWith("Постпродажная помощь клиенту");
        assertThat(s.okzCodes()).containsExactly("2152", "2512", "3512", "2511", "2514");
        assertThat(s.okedCodes()).containsExactly("61.10.9", "62.02", "62.09", "62.03.13");
        assertThat(s.developers()).hasSize(6);
        assertThat(s.developers().get(0)).startsWith("Общероссийское объединение работодателей «Российский союз");
        assertThat(s.developers().get(5))
                .isEqualTo("ФГБОУ ВПО «Московский технический университет связи и информатики», город Москва");
        // the export puts the whole standard on line 4 of the file; laid out one element per line, the standard
        // spans the lines from its start tag to its end tag
        List<String> lines = RegistryXmlReader.lines(RegistryFiles.bytes("06.024-2015.xml"));
        assertThat(lines.get(s.span().startLine() - 1)).startsWith("<ProfessionalStandart>");
        assertThat(lines.get(s.span().endLine() - 1)).contains("</ProfessionalStandart>");
        assertThat(s.span().endLine() - s.span().startLine()).isGreaterThan(500);

        assertThat(cardCodes(s)).containsExactly("A", "B", "C", "D");
        assertThat(levels(s)).containsExactly(3, 6, 6, 7);
        assertThat(card(s, "A").name()).isEqualTo("Работа с первичными обращениями клиентов по вопросам технической"
                + " эксплуатации инфокоммуникационных систем и/или их составляющих");
        assertThat(card(s, "D").name()).isEqualTo("Руководство группой специалистов по выполнению заявок на"
                + " техническую поддержку инфокоммуникационных систем и/или их составляющих");
        assertThat(functionCodes(card(s, "A"))).containsExactly("A/01.3", "A/02.3");
        assertThat(functionCodes(card(s, "B"))).containsExactly("B/01.6", "B/02.6", "B/03.6");
        assertThat(functionCodes(card(s, "C"))).containsExactly("C/01.6", "C/02.6", "C/03.6");
        assertThat(functionCodes(card(s, "D"))).containsExactly("D/01.7", "D/02.7");

        assertThat(List.of("A/01.3", "A/02.3", "B/01.6", "B/02.6", "B/03.6", "C/01.6", "C/02.6", "C/03.6", "D/01.7",
                "D/02.7").stream().map(code -> Counts.of(s, code)).toList()).containsExactly(
                new Counts("A/01.3", 5, 7, 5), new Counts("A/02.3", 3, 5, 7),
                new Counts("B/01.6", 4, 5, 9), new Counts("B/02.6", 3, 4, 8), new Counts("B/03.6", 5, 4, 7),
                new Counts("C/01.6", 3, 4, 7), new Counts("C/02.6", 4, 5, 9), new Counts("C/03.6", 8, 6, 11),
                new Counts("D/01.7", 6, 5, 15), new Counts("D/02.7", 5, 6, 14));
    }

    @Test
    void aFunctionOf2015IsOneUnitWithItsActionsSkillsAndKnowledge() {
        Standard s = only(parse("06.024-2015.xml"));
        LaborFunction a01 = card(s, "A").functions().get(0);
        assertThat(a01.name()).isEqualTo("Обработка обращений клиентов по вопросам эксплуатации инфокоммуникационных"
                + " систем и/или их составляющих");
        assertThat(a01.kind()).isNull();
        assertThat(a01.units()).hasSize(1);
        Unit unit = a01.units().get(0);
        assertThat(unit.kind()).isEqualTo(UnitKind.FUNCTION);
        assertThat(unit.name()).isEqualTo(a01.name());
        assertThat(unit.recognition()).isNull();
        assertThat(unit.actions().get(1)).isEqualTo(new Item("Регистрация обращений клиентов",
                lineOf(RegistryFiles.text("06.024-2015.xml"), "<LaborAction>Регистрация обращений клиентов")));
        assertThat(texts(unit.abilities())).startsWith("Выяснять из беседы с клиентом и понимать причины возникших"
                + " аварийных ситуаций на поддерживаемых инфокоммуникационных системах и/или их составляющих");
        assertThat(texts(unit.knowledge())).endsWith("Основы инфокоммуникационных технологий в части"
                + " поддерживаемых инфокоммуникационных систем и/или их составляющих");
        assertThat(texts(unit(s, "D/02.7").knowledge())).last()
                .isEqualTo("Отраслевые и локальные нормативно-правовые акты, действующие в организации");
    }

    @Test
    void cardsOf2015CarryJobTitlesAndRequirementsOnePerEntry() {
        Standard s = only(parse("06.024-2015.xml"));
        Card a = card(s, "A");
        assertThat(a.jobTitles()).containsExactly("Специалист первой линии технической поддержки",
                "Оператор технической поддержки", "Специалист диспетчерской службы", "Специалист службы поддержки");
        assertThat(a.experience()).isNull();
        assertThat(a.specialConditions()).isNull();
        assertThat(a.altNames()).isEmpty();
        // the card spans its generalized function's element, from start tag to end tag
        List<String> lines = RegistryXmlReader.lines(RegistryFiles.bytes("06.024-2015.xml"));
        assertThat(a.span().endLine()).isGreaterThan(a.span().startLine());
        assertThat(lines.subList(a.span().startLine() - 1, a.span().endLine()))
                .anyMatch(l -> l.contains("Специалист первой линии технической поддержки"));
        Card c = card(s, "C");
        assertThat(c.education()).isEqualTo("""
                Высшее образование - бакалавриат
                или
                Среднее профессиональное образование - программы подготовки специалистов среднего звена
                Дополнительное профессиональное образование - программы повышения квалификации, программы \
                профессиональной переподготовки в области маркетинга, менеджмента, экономики, новых \
                инфокоммуникационных систем и/или их составляющих""");
        assertThat(c.experience()).isEqualTo("Не менее шести месяцев работы в области технической поддержки"
                + " инфокоммуникационных систем при среднем профессиональном образовании");
    }

    @Test
    void programmer2013() {
        ParseResult result = parse("06.001-2013.xml");
        assertThat(result.act()).extracting(LegalAct::number, LegalAct::date).containsExactly("679н", "2013-11-18");
        // B/04.4 is followed by B/04.5: the export numbers two functions 04
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, DiagnosticCode.NUMBER_REPEATED,
                lineOf(RegistryFiles.text("06.001-2013.xml"), "<CodeTF>B/04.5</CodeTF>") - 1,
                "the labor function B/04.5 repeats number 04"));

        Standard s = only(result);
        assertThat(s.title()).isEqualTo("Программист");
        assertThat(s.code()).isEqualTo("06.001");
        assertThat(s.registrationNumber()).isEqualTo("4");
        assertThat(s.okzCodes()).containsExactly("2132", "2131");
        assertThat(s.okedCodes()).containsExactly("62.0", "63.11");
        assertThat(s.developers()).hasSize(5).endsWith("Ассоциация предприятий компьютерных и информационных"
                + " технологий (АП КИТ) города Москвы");
        assertThat(cardCodes(s)).containsExactly("A", "B", "C", "D");
        assertThat(levels(s)).containsExactly(3, 4, 5, 6);
        assertThat(card(s, "C").name()).isEqualTo("Интеграция программных модулей и компонент и проверка"
                + " работоспособности выпусков программного продукта");
        assertThat(functionCodes(card(s, "A"))).containsExactly("A/01.3", "A/02.3", "A/03.3", "A/04.3", "A/05.3");
        assertThat(functionCodes(card(s, "B"))).containsExactly("B/01.4", "B/02.4", "B/03.4", "B/04.4", "B/04.5");
        assertThat(functionCodes(card(s, "C"))).containsExactly("C/01.5", "C/02.5");
        assertThat(functionCodes(card(s, "D"))).containsExactly("D/01.6", "D/02.6", "D/03.6");
        assertThat(Counts.of(s, "A/01.3")).isEqualTo(new Counts("A/01.3", 3, 4, 5));
        assertThat(Counts.of(s, "B/04.5")).isEqualTo(new Counts("B/04.5", 4, 2, 2));
        assertThat(Counts.of(s, "D/03.6")).isEqualTo(new Counts("D/03.6", 5, 3, 5));

        assertThat(card(s, "A").jobTitles()).containsExactly("Младший программист", "Техник-программист");
        assertThat(card(s, "A").education()).isEqualTo("Среднее профессиональное образование\nПовышение квалификации");
        assertThat(card(s, "A").experience()).isNull();
        assertThat(card(s, "B").experience())
                .isEqualTo("Практическая работа в области разработки программного обеспечения не менее 6 месяцев");
    }

    @Test
    void skillsWordedAsNounsAreNotTakenForSwappedKnowledge() {
        // 06.001-2013 B/02.4 words its skills as nouns ("Разработка ..."), but its knowledge is no list of abilities
        Unit b02 = unit(only(parse("06.001-2013.xml")), "B/02.4");
        assertThat(texts(b02.abilities())).containsExactly(
                "Разработка и оформление контрольных примеров для проверки работоспособности программного обеспечения",
                "Разработка процедур генерации тестовых наборов данных с заданными характеристиками",
                "Подготовка наборов данных, используемых в процессе проверки работоспособности программного"
                        + " обеспечения");
        assertThat(texts(b02.knowledge())).containsExactly(
                "Методы создания и документирования контрольных примеров и тестовых наборов данных",
                "Правила, алгоритмы и технологии создания тестовых наборов данных",
                "Требования к структуре и форматам хранения тестовых наборов данных");
    }

    @Test
    void programmer2022WithCyrillicFunctionCodes() {
        ParseResult result = parse("06.001-2022.xml");
        assertThat(result.act()).extracting(LegalAct::number, LegalAct::date).containsExactly("424н", "2022-07-20");
        // the export prints the letters of A/.. and C/.. functions in Cyrillic
        assertThat(result.diagnostics()).extracting(d -> d.code().code()).containsOnly("code-cyrillic").hasSize(7);
        assertThat(result.diagnostics().get(0)).isEqualTo(new Diagnostic(Severity.INFO, DiagnosticCode.CODE_CYRILLIC,
                lineOf(RegistryFiles.text("06.001-2022.xml"), "<CodeTF>А/01.3</CodeTF>") - 1,
                "the code А/01.3 is printed with Cyrillic letters; read as A/01.3"));
        assertThat(result.diagnostics().get(6).message()).contains("С/02.5", "C/02.5");

        Standard s = only(result);
        assertThat(s.title()).isEqualTo("Программист");
        assertThat(s.code()).isEqualTo("06.001");
        assertThat(s.registrationNumber()).isEqualTo("4");
        assertThat(s.year()).isEqualTo(2022);
        assertThat(s.okzCodes()).containsExactly("2512", "2514", "3512");
        assertThat(s.okedCodes()).containsExactly("62.01");
        assertThat(s.developers()).hasSize(8);
        assertThat(cardCodes(s)).containsExactly("A", "B", "C", "D");
        assertThat(levels(s)).containsExactly(3, 4, 5, 6);
        assertThat(functionCodes(card(s, "A"))).containsExactly("A/01.3", "A/02.3", "A/03.3", "A/04.3", "A/05.3");
        assertThat(functionCodes(card(s, "B")))
                .containsExactly("B/01.4", "B/02.4", "B/03.4", "B/04.4", "B/05.4", "B/06.4");
        assertThat(functionCodes(card(s, "C"))).containsExactly("C/01.5", "C/02.5");
        assertThat(functionCodes(card(s, "D"))).containsExactly("D/01.6", "D/02.6", "D/03.6");
        assertThat(Counts.of(s, "A/01.3")).isEqualTo(new Counts("A/01.3", 4, 5, 5));
        assertThat(Counts.of(s, "B/06.4")).isEqualTo(new Counts("B/06.4", 4, 6, 5));
        assertThat(Counts.of(s, "C/01.5")).isEqualTo(new Counts("C/01.5", 7, 5, 7));
        assertThat(Counts.of(s, "D/03.6")).isEqualTo(new Counts("D/03.6", 6, 5, 6));
        assertThat(texts(unit(s, "A/01.3").abilities())).last()
                .isEqualTo("Осуществлять коммуникации с заинтересованными сторонами");
        assertThat(card(s, "B").functions().get(5).name())
                .isEqualTo("Осуществление сборки однородных программных модулей в программный проект");

        // a lone dash in the export means "no requirement"
        assertThat(card(s, "A").experience()).isNull();
        assertThat(card(s, "A").specialConditions()).isNull();
        assertThat(card(s, "B").experience())
                .isEqualTo("Не менее трех месяцев в области разработки компьютерного программного обеспечения");
        assertThat(card(s, "D").jobTitles()).containsExactly("Инженер-программист");
    }

    @Test
    void testingSpecialist2014() {
        ParseResult result = parse("06.004-2014.xml");
        assertThat(result.act()).extracting(LegalAct::number, LegalAct::date).containsExactly("225н", "2014-04-11");
        // B/04.5 is followed by B/06.5: there is no B/05.5 in the export
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING,
                DiagnosticCode.FUNCTION_NUMBER_SKIPPED, lineOf(RegistryFiles.text("06.004-2014.xml"), "<CodeTF>B/06.5</CodeTF>") - 1,
                "the labor function B/06.5 follows number 04"));

        Standard s = only(result);
        assertThat(s.title()).isEqualTo("Специалист по тестированию в области информационных технологий");
        assertThat(s.code()).isEqualTo("06.004");
        assertThat(s.registrationNumber()).isEqualTo("68");
        assertThat(s.okzCodes()).containsExactly("2131", "2139");
        assertThat(s.okedCodes()).containsExactly("72.22", "72.30", "72.60");
        assertThat(s.developers()).hasSize(12).startsWith("ООО «Нордавинд-Дубна», город Дубна, Московская область");
        assertThat(cardCodes(s)).containsExactly("A", "B", "C", "D");
        assertThat(levels(s)).containsExactly(4, 5, 6, 6);
        assertThat(card(s, "D").name())
                .isEqualTo("Разработка стратегии тестирования и управление процессом тестирования");
        assertThat(card(s, "D").jobTitles()).containsExactly("Тест-менеджер", "Руководитель службы тестирования",
                "Руководитель команды тестовых инженеров", "Руководитель отдела тестирования");
        assertThat(functionCodes(card(s, "A"))).containsExactly("A/01.4", "A/02.4", "A/03.4", "A/04.4", "A/05.4");
        assertThat(functionCodes(card(s, "B")))
                .containsExactly("B/01.5", "B/02.5", "B/03.5", "B/04.5", "B/06.5", "B/07.5", "B/08.5");
        assertThat(functionCodes(card(s, "C")))
                .containsExactly("C/01.6", "C/02.6", "C/03.6", "C/04.6", "C/05.6", "C/06.6");
        assertThat(functionCodes(card(s, "D")))
                .containsExactly("D/01.6", "D/02.6", "D/03.6", "D/04.6", "D/05.6", "D/06.6");
        assertThat(Counts.of(s, "A/01.4")).isEqualTo(new Counts("A/01.4", 3, 4, 2));
        assertThat(Counts.of(s, "B/07.5")).isEqualTo(new Counts("B/07.5", 2, 1, 1));
        assertThat(Counts.of(s, "C/03.6")).isEqualTo(new Counts("C/03.6", 9, 3, 4));
        assertThat(Counts.of(s, "D/06.6")).isEqualTo(new Counts("D/06.6", 4, 1, 2));
        assertThat(texts(unit(s, "D/06.6").abilities())).containsExactly("Формировать команду");
        assertThat(texts(unit(s, "A/01.4").knowledge())).containsExactly("Основная терминология по тестированию",
                "Язык, на котором написана техническая документация продукта, на уровне, достаточном для чтения"
                        + " технической документации");
    }

    @Test
    void everyFactOfAnExportPointsIntoItsStandard() {
        for (String file : RegistryFiles.ALL) {
            ParseResult result = parse(file);
            Source source = result.source();
            assertThat(source.file()).isEqualTo(file);
            assertThat(source.sha256()).hasSize(64);
            for (Standard s : result.standards()) {
                s.cards().stream().flatMap(c -> c.functions().stream()).flatMap(f -> f.units().stream())
                        .flatMap(u -> java.util.stream.Stream.of(u.actions(), u.abilities(), u.knowledge()))
                        .flatMap(List::stream)
                        .forEach(item -> assertThat(item.line()).as(file + ": " + item.text())
                                .isBetween(s.span().startLine(), s.span().endLine()));
            }
        }
    }
}
