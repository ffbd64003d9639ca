package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;

/**
 * The lines the DOCX reader makes of the real documents of {@code corpus/kz-docx}, checked against the documents
 * (their {@code word/document.xml}) by hand.
 */
class DocxReaderTest {
    /** Each document is read once for all tests: opening a DOCX of a megabyte of XML takes a while. */
    private static final Map<String, SourceText> READ = new ConcurrentHashMap<>();

    private static SourceText read(String file) throws Exception {
        SourceText text = READ.get(file);
        if (text == null) {
            text = DocxReader.read(file, Files.readAllBytes(Corpus.file("kz-docx/" + file)));
            READ.put(file, text);
        }
        return text;
    }

    @Test
    void theWholeSoftwareMaintenanceStandardIsOneTableOf81Rows() throws Exception {
        SourceText text = read("software-maintenance-support-2017.docx");
        // the body is an empty paragraph, one table of 81 rows and an empty paragraph: one line per row
        assertThat(text.size()).isEqualTo(81);
        assertThat(text.format()).isEqualTo("docx");
        assertThat(text.line(1).cells()).singleElement().extracting(Cell::paragraphs).asList().containsExactly(
                "Приложение № 5",
                "к приказу исполняющего обязанности Председателя Правления Национальной палаты предпринимателей",
                "Республики Казахстан «Атамекен»",
                "№222 от 05.12.2022г.");
        assertThat(text.line(81).text()).isEqualTo("Дата ориентировочного пересмотра:\t2025 год");
    }

    @Test
    void cellsSpanningGridColumnsAppearOnce() throws Exception {
        // row 6 is a cell spanning 4 grid columns and one spanning 3
        SourceLine line = read("software-maintenance-support-2017.docx").line(6);
        assertThat(line.cells()).extracting(Cell::text)
                .containsExactly("Наименование ПС:", "«Обеспечение сопровождения программного обеспечения»");
        assertThat(line.raw()).isEqualTo("Наименование ПС:\t«Обеспечение сопровождения программного обеспечения»");
    }

    @Test
    void aVerticallyContinuedCellIsAnEmptyCellSoTheLineStartsWithATab() throws Exception {
        SourceText text = read("software-maintenance-support-2017.docx");
        // "Перечень профессий" is merged down over three rows; its continuation cells hold a stray tab in the file
        assertThat(text.line(11).cells()).extracting(Cell::text)
                .containsExactly("Перечень профессий", "Специалист по сопровождению программного обеспечения", "4-й уровень ОРК");
        assertThat(text.line(12).cells()).extracting(Cell::text)
                .containsExactly("", "Специалист по сопровождению программного обеспечения", "5-й уровень ОРК");
        assertThat(text.line(12).startsWithTab()).isTrue();
        assertThat(text.line(12).raw()).isEqualTo("\tСпециалист по сопровождению программного обеспечения\t5-й уровень ОРК");
        assertThat(text.line(11).startsWithTab()).isFalse();
    }

    @Test
    void aMultiParagraphCellKeepsItsParagraphsWithWordListNumbersPrinted() throws Exception {
        SourceLine line = read("software-maintenance-support-2017.docx").line(20);
        assertThat(line.cell(0).paragraphs()).containsExactly("Трудовая функция 1", "Подготовка к сопровождению ПО");
        // the numbers come from the numbering definitions, not from the text of the paragraphs
        assertThat(line.cell(1).paragraphs()).containsExactly(
                "Умения и навыки:",
                "1. Изучение требований и функциональности сопровождаемого ПО.",
                "2. Изучение предметной области и бизнес- процессов, поддерживаемых ПО.");
        // a list of the "1)" kind
        assertThat(read("software-maintenance-support-2017.docx").line(19).cell(1).paragraphs()).containsExactly(
                "1) Подготовка к сопровождению ПО.", "2) Техническая поддержка ПО.", "3) Поддержка пользователей ПО.",
                "4) Анализ проблем и изменений ПО.", "5) Перенос ПО в новую среду.");
    }

    @Test
    void tabRunsBetweenWordsBecomeOneSpace() throws Exception {
        SourceText text = read("software-maintenance-support-2017.docx");
        // in the file: "<tab><tab>Требования<tab>к<tab>личностным компетенциям"
        assertThat(text.line(30).cell(0).text()).isEqualTo("Требования к личностным компетенциям");
        // in the file: five tabs, then "Устройство<tab>и<tab>функционирование<tab>ИС<tab>и принципы ..."
        assertThat(text.line(21).cell(1).paragraphs().get(1))
                .isEqualTo("1. Устройство и функционирование ИС и принципы их взаимодействия.");
        assertThat(text.line(21).raw()).doesNotContain("\t\t").startsWith("\tЗнания: 1. Устройство и функционирование");
    }

    @Test
    void aNumberedHeadingContinuesItsListAcrossRows() throws Exception {
        SourceText text = read("it-user-support.docx");
        // both headings are paragraphs of list 1, in rows 4 and 9
        assertThat(text.line(4).text()).isEqualTo("1. Паспорт Профессионального стандарта");
        assertThat(text.line(9).text()).isEqualTo("2. Карточки профессий");
    }

    @Test
    void itUserSupportHasThreeTablesOf325And65And5Rows() throws Exception {
        SourceText text = read("it-user-support.docx");
        assertThat(text.size()).isEqualTo(325 + 65 + 5);
        // the second table opens with the card of the sixth profession
        assertThat(text.line(326).cell(0).paragraphs())
                .containsExactly("КАРТОЧКА ПРОФЕССИИ", "«ТЕХНИК СЛУЖБЫ ТЕХНИЧЕСКОЙ ПОДДЕРЖКИ ПОЛЬЗОВАТЕЛЕЙ ИКТ»");
        assertThat(text.line(327).cells()).extracting(Cell::text).containsExactly("Код:", "3512-1-006");
        assertThat(text.line(391).text()).isEqualTo("3. Технические данные Профессионального стандарта");
        assertThat(text.line(395).cells()).extracting(Cell::text)
                .containsExactly("Дата ориентировочного пересмотра:", "30.12.2022");
    }

    @Test
    void twoMergedColumnsGiveTwoEmptyCellsBeforeTheAbilities() throws Exception {
        SourceText text = read("it-user-support.docx");
        SourceLine functions = text.line(24);
        assertThat(functions.cells()).extracting(Cell::text).containsExactly("", "",
                "2. Мониторинг проблем сопровождаемого продукта инфокоммуникационных систем");
        assertThat(functions.raw()).startsWith("\t\t2. Мониторинг");
        SourceLine task = text.line(27);
        assertThat(task.cell(0).paragraphs()).containsExactly("Трудовая функция 1:",
                "Обработка инцидентов, связанных с основным функционалом поддерживаемого продукта инфокоммуникационных систем");
        assertThat(task.cell(1).paragraphs()).containsExactly("Задача 1:",
                "Поиск и отработка решений, удовлетворяющих клиента и соответствующих функционалу и возможностям продукта");
        assertThat(task.cell(2).text()).isEqualTo("Умения:");
        // the abilities of task 1: seven items, numbered 1-7 as in the text conversion (seed 000)
        SourceLine abilities = text.line(28);
        assertThat(abilities.cell(2).paragraphs()).hasSize(7);
        assertThat(abilities.cell(2).paragraphs().get(0))
                .isEqualTo("1. Проводить диагностику инфокоммуникационных систем и/или их составляющих.");
        assertThat(abilities.cell(2).paragraphs().get(6))
                .isEqualTo("7. Обрабатывать информацию с использованием современных технических средств");
    }

    @Test
    void computerSystemsInfrastructureCardRows() throws Exception {
        SourceText text = read("computer-systems-infrastructure.docx");
        assertThat(text.size()).isEqualTo(170);
        assertThat(text.line(12).text()).isEqualTo("КАРТОЧКА ПРОФЕССИИ: АРХИТЕКТОР ИТ-ИНФРАСТРУКТУРЫ");
        // "Код:<tab>" in the file
        assertThat(text.line(13).cells()).extracting(Cell::text).containsExactly("Код:", "2521-2-001");
        assertThat(text.line(19).cells()).extracting(Cell::text).containsExactly("Трудовые функции:",
                "Обязательные трудовые функции", "1. Разработка проекта ИТ-инфраструктуры и его внедрение");
    }

    @Test
    void softwareDevelopmentListThatStartsAtSevenInItsDefinition() throws Exception {
        SourceText text = read("software-development.docx");
        // the knowledge of function 2 is split over two rows; the second list's definition starts at 7
        assertThat(text.line(25).cell(1).paragraphs())
                .containsExactly("7. Методы и приемы отладки программного кода ПО.", "8. Инструменты отладки программного кода ПО.");
    }
}
