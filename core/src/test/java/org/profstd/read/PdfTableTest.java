package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Ruled tables written here with PDFBox the way a word processor prints them (borders as lines, text inside the
 * cells), read back as the rows and cells the DOCX reader gives for the same table.
 */
class PdfTableTest {
    private static final float LEFT = 50;
    private static final float MIDDLE = 200;
    private static final float NARROW_RIGHT = 330;
    private static final float RIGHT = 550;

    /** One page: border lines (x1, y1, x2, y2) and pieces of text (x, y, text), in PDF coordinates. */
    private static final class Page {
        final List<float[]> lines = new ArrayList<>();
        final List<Object[]> texts = new ArrayList<>();

        Page line(float x1, float y1, float x2, float y2) {
            lines.add(new float[] {x1, y1, x2, y2});
            return this;
        }

        /** A horizontal border at y from x1 to x2. */
        Page across(float y, float x1, float x2) {
            return line(x1, y, x2, y);
        }

        /** Vertical borders at each x from y1 down to y2. */
        Page down(float y1, float y2, float... xs) {
            for (float x : xs) {
                line(x, y1, x, y2);
            }
            return this;
        }

        Page text(float x, float y, String text) {
            texts.add(new Object[] {x, y, text});
            return this;
        }
    }

    @Test
    void aCellMergedDownIsAnEmptyCellOfTheRowsBelowAndAWrappedParagraphIsOneParagraph() throws Exception {
        Page page = new Page()
                .across(700, LEFT, NARROW_RIGHT).across(680, MIDDLE, NARROW_RIGHT).across(640, LEFT, NARROW_RIGHT)
                .down(700, 640, LEFT, MIDDLE, NARROW_RIGHT)
                .text(55, 688, "Function 1:").text(55, 675, "Install servers")
                .text(205, 688, "Skills:")
                .text(205, 668, "1. Install the server").text(215, 655, "software")
                .text(205, 644, "2. Check it");

        SourceText text = PdfReader.read("merged.pdf", pdf(page));

        assertThat(text.lines()).extracting(PdfTableTest::cells).containsExactly(
                List.of(List.of("Function 1:", "Install servers"), List.of("Skills:")),
                List.of(List.of(), List.of("1. Install the server software", "2. Check it")));
        assertThat(text.line(2).startsWithTab()).isTrue();
    }

    @Test
    void aRowBrokenByThePageEndIsOneRow() throws Exception {
        Page first = new Page()
                .across(700, LEFT, RIGHT).across(680, LEFT, RIGHT).across(650, LEFT, RIGHT)
                .down(700, 650, LEFT, MIDDLE, RIGHT)
                .text(55, 688, "Code:").text(205, 688, "2512-1-006")
                .text(55, 668, "Qualification").text(205, 668, "4");
        Page second = new Page()
                .across(750, LEFT, RIGHT).across(730, LEFT, RIGHT).across(710, LEFT, RIGHT)
                .down(750, 710, LEFT, MIDDLE, RIGHT)
                .text(55, 738, "level:")
                .text(55, 718, "Goal").text(205, 718, "Design software");

        SourceText text = PdfReader.read("broken-row.pdf", pdf(first, second));

        assertThat(text.lines()).extracting(SourceLine::text).containsExactly(
                "Code:\t2512-1-006", "Qualification level:\t4", "Goal\tDesign software");
    }

    @Test
    void aListThatGoesOnAtTheTopOfTheNextPageStaysInItsCell() throws Exception {
        Page first = new Page()
                .across(700, LEFT, RIGHT).across(650, LEFT, RIGHT)
                .down(700, 650, LEFT, MIDDLE, RIGHT)
                .text(55, 688, "Knowledge:").text(205, 688, "1. Alpha").text(205, 670, "2. Beta");
        Page second = new Page()
                .across(750, LEFT, RIGHT).across(730, LEFT, RIGHT).across(710, LEFT, RIGHT)
                .down(750, 710, LEFT, MIDDLE, RIGHT)
                .text(205, 738, "3. Gamma")
                .text(55, 718, "Skills:").text(205, 718, "1. Delta");

        SourceText text = PdfReader.read("list.pdf", pdf(first, second));

        assertThat(text.lines()).extracting(PdfTableTest::cells).containsExactly(
                List.of(List.of("Knowledge:"), List.of("1. Alpha", "2. Beta", "3. Gamma")),
                List.of(List.of("Skills:"), List.of("1. Delta")));
    }

    @Test
    void cellsLeftEmptyAtThePageEndTakeTheTextTheWordProcessorMovedOn() throws Exception {
        // the last row of page 1 shows only its label; the function and task of that row head page 2
        Page first = new Page()
                .across(700, LEFT, RIGHT).across(680, LEFT, RIGHT).across(660, LEFT, RIGHT)
                .down(700, 660, LEFT, MIDDLE, NARROW_RIGHT, RIGHT)
                .text(55, 688, "Function 1").text(335, 688, "1. Alpha.")
                .text(335, 668, "Skills:");
        Page second = new Page()
                .across(750, LEFT, RIGHT).across(730, LEFT, RIGHT)
                .down(750, 730, LEFT, MIDDLE, NARROW_RIGHT, RIGHT)
                .text(55, 738, "Function 2").text(205, 738, "Task 1").text(335, 738, "1. Install");

        SourceText text = PdfReader.read("moved-on.pdf", pdf(first, second));

        assertThat(text.lines()).extracting(PdfTableTest::cells).containsExactly(
                List.of(List.of("Function 1"), List.of(), List.of("1. Alpha.")),
                List.of(List.of("Function 2"), List.of("Task 1"), List.of("Skills:", "1. Install")));
    }

    @Test
    void aRowUnderAFinishedListOnTheNextPageIsANewRow() throws Exception {
        Page first = new Page()
                .across(700, LEFT, RIGHT).across(680, LEFT, RIGHT).across(660, LEFT, RIGHT)
                .down(700, 660, LEFT, MIDDLE, RIGHT)
                .text(55, 688, "Function 1").text(205, 688, "1. Alpha.")
                .text(205, 668, "2. Beta.");
        Page second = new Page()
                .across(750, LEFT, RIGHT).across(730, LEFT, RIGHT)
                .down(750, 730, LEFT, MIDDLE, RIGHT)
                .text(55, 738, "Function 2").text(205, 738, "Skills:");

        SourceText text = PdfReader.read("new-row.pdf", pdf(first, second));

        assertThat(text.lines()).extracting(SourceLine::text).containsExactly(
                "Function 1\t1. Alpha.", "\t2. Beta.", "Function 2\tSkills:");
    }

    @Test
    void aHeaderRowRepeatedOnTheNextPageIsReadOnceAndPageNumbersAreNotText() throws Exception {
        Page first = new Page()
                .across(700, LEFT, RIGHT).across(680, LEFT, RIGHT).across(660, LEFT, RIGHT)
                .down(700, 660, LEFT, MIDDLE, RIGHT)
                .text(55, 688, "Level").text(205, 688, "Profession")
                .text(55, 668, "Four").text(205, 668, "Network administrator");
        Page second = new Page()
                .text(300, 770, "2")
                .across(750, LEFT, RIGHT).across(730, LEFT, RIGHT).across(710, LEFT, RIGHT)
                .down(750, 710, LEFT, MIDDLE, RIGHT)
                .text(55, 738, "Level").text(205, 738, "Profession")
                .text(55, 718, "Five").text(205, 718, "Server administrator");

        SourceText text = PdfReader.read("header.pdf", pdf(first, second));

        assertThat(text.lines()).extracting(SourceLine::text).containsExactly(
                "Level\tProfession", "Four\tNetwork administrator", "Five\tServer administrator");
    }

    @Test
    void aLineEndedShortStartsANewParagraphAndTextOutsideTablesKeepsItsLines() throws Exception {
        Page page = new Page()
                .text(LEFT, 740, "Professional standard")
                .across(700, LEFT, RIGHT).across(640, LEFT, RIGHT)
                .down(700, 640, LEFT, 130, RIGHT)
                .text(55, 688, "Personal").text(55, 675, "competencies")
                .text(135, 688, "Responsibility").text(135, 675, "Attention to detail");

        SourceText text = PdfReader.read("paragraphs.pdf", pdf(page));

        assertThat(text.lines()).extracting(PdfTableTest::cells).containsExactly(
                List.of(List.of("Professional standard")),
                List.of(List.of("Personal competencies"), List.of("Responsibility", "Attention to detail")));
    }

    private static List<List<String>> cells(SourceLine line) {
        return line.cells().stream().map(Cell::paragraphs).toList();
    }

    private static byte[] pdf(Page... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (Page page : pages) {
                PDPage pdfPage = new PDPage();
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.setLineWidth(0.5f);
                    for (float[] line : page.lines) {
                        content.moveTo(line[0], line[1]);
                        content.lineTo(line[2], line[3]);
                    }
                    content.stroke();
                    for (Object[] piece : page.texts) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset((Float) piece[0], (Float) piece[1]);
                        content.showText((String) piece[2]);
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
