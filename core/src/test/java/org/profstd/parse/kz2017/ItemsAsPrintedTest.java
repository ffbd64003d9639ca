package org.profstd.parse.kz2017;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.ParseResult;
import org.profstd.model.Unit;
import org.profstd.parse.Standards;

/**
 * Items of a DOCX cell split where the printed page splits them: a line break inside one paragraph before a new
 * capitalised requirement, and a full stop before a new capitalised sentence. A line break inside one requirement
 * (the next line goes on in small letters) does not split it. The document is built here with POI in the kz-2017
 * card layout of the corpus DOCX.
 */
class ItemsAsPrintedTest {
    @Test
    void lineBreaksAndSentencesInsideOneCellSeparateRequirements() throws Exception {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, "Профессиональный стандарт «Тестирование приложений»");
        paragraph(document, "1. Паспорт профессионального стандарта");
        XWPFTable passport = document.createTable(1, 2);
        fill(passport.getRow(0).getCell(0), "Название ПС:");
        fill(passport.getRow(0).getCell(1), "Тестирование приложений");
        paragraph(document, "КАРТОЧКА ПРОФЕССИИ «ТЕСТИРОВЩИК»");
        XWPFTable card = document.createTable(9, 3);
        row(card, 0, "Код:", "2512-2-001", "");
        row(card, 1, "Профессия:", "Тестировщик", "");
        row(card, 2, "Квалификационный уровень по ОРК:", "4", "");
        row(card, 3, "Трудовые функции", "Обязательные трудовые функции", "1. Проверка приложений");
        row(card, 4, "Трудовая функция 1:", "Задача 1:", "Умения:");
        card.getRow(4).getCell(0).addParagraph().createRun().setText("Проверка приложений");
        card.getRow(4).getCell(1).addParagraph().createRun().setText("Выполнение тестов");
        XWPFTableCell abilities = card.getRow(5).getCell(2);
        broken(abilities.getParagraphs().get(0), "1. Вести журнал истории изменений",
                "Представление на сайте сведений о проекте");
        abilities.addParagraph().createRun()
                .setText("2. Сравнивать фактические и ожидаемые результаты. Описывать найденный дефект.");
        row(card, 6, "", "", "Знания:");
        broken(card.getRow(7).getCell(2).getParagraphs().get(0), "1. Методы тестирования и", "отладки приложений");
        row(card, 8, "Требования к личностным компетенциям", "Ответственность", "");

        ParseResult result = Standards.parse("items.docx", bytes(document));

        Card tester = result.standards().get(0).cards().get(0);
        assertThat(tester.level()).isEqualTo(4);
        Unit task = tester.functions().get(0).units().get(0);
        assertThat(task.name()).isEqualTo("Выполнение тестов");
        assertThat(task.abilities()).extracting(Item::text).containsExactly(
                "Вести журнал истории изменений",
                "Представление на сайте сведений о проекте",
                "Сравнивать фактические и ожидаемые результаты",
                "Описывать найденный дефект");
        assertThat(task.knowledge()).extracting(Item::text).containsExactly("Методы тестирования и отладки приложений");
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    private static void row(XWPFTable table, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                fill(table.getRow(row).getCell(i), cells[i]);
            }
        }
    }

    private static void fill(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    /** One paragraph whose two lines a line break ({@code <w:br/>}) separates. */
    private static void broken(XWPFParagraph paragraph, String first, String second) {
        XWPFRun run = paragraph.createRun();
        run.setText(first);
        run.addBreak();
        run.setText(second);
    }

    private static byte[] bytes(XWPFDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
