package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word structures the corpus DOCX do not have (nested tables, line breaks, deleted revisions, multi-level lists that
 * share or restart a sequence), in documents built here with POI.
 */
class DocxStructureTest {
    @Test
    void lineBreaksSplitParagraphsAndDeletedTextIsNotRead() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph title = document.createParagraph();
        XWPFRun run = title.createRun();
        run.setText("Профессиональный стандарт");
        run.addBreak();
        run.setText("«Поддержка\tпользователей ИТ»");
        document.createParagraph(); // empty: dropped
        XWPFParagraph revised = document.createParagraph();
        revised.createRun().setText("Версия 2,");
        revised.getCTP().addNewDel().addNewR().addNewDelText().setStringValue(" 2019");
        revised.createRun().setText(" 2022 год");

        SourceText text = read(document);
        assertThat(text.size()).isEqualTo(2);
        assertThat(text.line(1).cells()).singleElement().extracting(Cell::paragraphs).asList()
                .containsExactly("Профессиональный стандарт", "«Поддержка пользователей ИТ»");
        assertThat(text.line(2).text()).isEqualTo("Версия 2, 2022 год");
    }

    @Test
    void aNestedTableIsFlattenedIntoTheCellsParagraphs() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFTable table = document.createTable(1, 2);
        table.getRow(0).getCell(0).setText("Связь с другими профессиями");
        XWPFTableCell outer = table.getRow(0).getCell(1);
        outer.setText("Уровни:");
        XWPFParagraph after = outer.addParagraph();
        after.createRun().setText("после таблицы");
        XWPFTable nested = outer.insertNewTbl(after.getCTP().newCursor());
        nested.getCTTbl().addNewTblPr();
        fill(nested.createRow(), "4", "Специалист технической поддержки");
        fill(nested.createRow(), "5", "Аналитик службы поддержки");

        SourceLine row = read(document).line(1);
        assertThat(row.cells()).hasSize(2);
        assertThat(row.cell(1).paragraphs()).containsExactly(
                "Уровни:", "4", "Специалист технической поддержки", "5", "Аналитик службы поддержки", "после таблицы");
    }

    @Test
    void listNumbersFollowTheDefinitionsLevelsAndRestarts() throws Exception {
        XWPFDocument document = new XWPFDocument();
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(twoLevelList()));
        BigInteger first = numbering.addNum(abstractId);
        BigInteger sameSequence = numbering.addNum(abstractId);
        BigInteger restarted = numbering.addNum(abstractId);
        CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);

        item(document, first, 0, "Проводить диагностику");
        item(document, first, 1, "оборудования");
        item(document, first, 1, "программ");
        item(document, first, 0, "Настраивать системы");
        item(document, sameSequence, 0, "Вести учет");
        item(document, restarted, 0, "Знать основы");

        assertThat(read(document).lines()).extracting(SourceLine::text).containsExactly(
                "1. Проводить диагностику", "а) оборудования", "б) программ", "2. Настраивать системы",
                "3. Вести учет", "1. Знать основы");
    }

    private static CTAbstractNum twoLevelList() {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.ZERO);
        level(list.addNewLvl(), 0, STNumberFormat.DECIMAL, "%1.");
        level(list.addNewLvl(), 1, STNumberFormat.RUSSIAN_LOWER, "%2)");
        return list;
    }

    private static void level(CTLvl lvl, int ilvl, STNumberFormat.Enum format, String text) {
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void item(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            cell.setText(texts[i]);
        }
    }

    private static SourceText read(XWPFDocument document) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.write(bytes);
        document.close();
        return DocxReader.read("built.docx", bytes.toByteArray());
    }
}
