package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.parse.Family;
import org.profstd.parse.Standards;

/** PDFs written here with PDFBox: text lines, table rows whose cells stand apart, a scan without text, damage. */
class PdfReaderTest {
    /** DejaVu Sans (Debian's fonts-dejavu-core) has Cyrillic; the standard 14 PDF fonts do not. */
    private static final Path CYRILLIC_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float LEFT = 50;
    private static final float SECOND_COLUMN = 300;

    /** One printed piece of text: where it starts and what it says. */
    private record Piece(float x, float y, String text) {
    }

    @Test
    void aStandardLikePageInRussian() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(CYRILLIC_FONT), "needs the DejaVu Sans font for Cyrillic text");
        byte[] pdf = pdf(document -> PDType0Font.load(document, CYRILLIC_FONT.toFile()), List.of(
                new Piece(LEFT, 780, "Профессиональный стандарт «Поддержка пользователей ИТ»"),
                new Piece(LEFT, 750, "КАРТОЧКА ПРОФЕССИИ «АНАЛИТИК СЛУЖБЫ ПОДДЕРЖКИ»"),
                new Piece(LEFT, 730, "Код:"), new Piece(SECOND_COLUMN, 730, "3512-1-001"),
                new Piece(LEFT, 710, "Квалификационный уровень по ОРК:"), new Piece(SECOND_COLUMN, 710, "4"),
                new Piece(LEFT, 690, "Трудовая функция 1:"), new Piece(SECOND_COLUMN, 690, "Задача 1:"),
                new Piece(SECOND_COLUMN, 670, "Умения:"),
                new Piece(SECOND_COLUMN, 650, "1. Проводить диагностику систем"),
                new Piece(SECOND_COLUMN, 630, "Знания:"),
                new Piece(SECOND_COLUMN, 610, "1. Основы системного анализа")));

        SourceText text = PdfReader.read("card.pdf", pdf);
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.size()).isEqualTo(9);
        assertThat(text.line(1).text()).isEqualTo("Профессиональный стандарт «Поддержка пользователей ИТ»");
        assertThat(text.line(1).cells()).hasSize(1);
        assertThat(text.line(3).cells()).extracting(Cell::text).containsExactly("Код:", "3512-1-001");
        assertThat(text.line(3).raw()).isEqualTo("Код:\t3512-1-001");
        assertThat(text.line(4).cells()).extracting(Cell::text).containsExactly("Квалификационный уровень по ОРК:", "4");
        assertThat(text.line(5).cells()).extracting(Cell::text).containsExactly("Трудовая функция 1:", "Задача 1:");
        assertThat(text.line(7).text()).isEqualTo("1. Проводить диагностику систем");
        assertThat(text.line(9).text()).isEqualTo("1. Основы системного анализа");

        ParseResult result = Standards.parse("card.pdf", pdf);
        assertThat(result.source().format()).isEqualTo("pdf");
        assertThat(result.source().language()).isEqualTo(Language.RU);
        assertThat(result.standards()).singleElement().satisfies(s -> assertThat(s.format()).isEqualTo(Family.KZ_2017.id()));
    }

    @Test
    void wideGapsSplitCellsAndWordSpacesDoNot() throws Exception {
        byte[] pdf = pdf(document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of(
                new Piece(LEFT, 700, "Occupation code:"), new Piece(SECOND_COLUMN, 700, "3512-1-001"),
                new Piece(450, 700, "level 4"),
                new Piece(LEFT, 680, "A line of ordinary prose with single spaces between its words")));

        SourceText text = PdfReader.read("latin.pdf", pdf);
        assertThat(text.line(1).cells()).extracting(Cell::text).containsExactly("Occupation code:", "3512-1-001", "level 4");
        assertThat(text.line(2).cells()).extracting(Cell::text)
                .containsExactly("A line of ordinary prose with single spaces between its words");
    }

    @Test
    void linesOfEveryPageInOrder() throws Exception {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            for (String words : List.of("first page", "second page")) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    show(content, font, new Piece(LEFT, 700, words));
                }
            }
            pdf = save(document);
        }
        assertThat(PdfReader.read("two.pdf", pdf).lines()).extracting(SourceLine::number, SourceLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "first page"),
                        org.assertj.core.groups.Tuple.tuple(2, "second page"));
    }

    @Test
    void aScanWithoutTextLayerIsReportedAsSuch() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("Профессиональный стандарт", 10, 50);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, LEFT, 500);
            }
            pdf = save(document);
        }
        assertThatThrownBy(() -> Standards.parse("scan.pdf", pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("scan.pdf: The PDF has no text layer (a scan); it cannot be read.");
    }

    @Test
    void aPdfWithoutPagesIsDamaged() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            pdf = save(document);
        }
        assertThatThrownBy(() -> PdfReader.read("nothing.pdf", pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("nothing.pdf: damaged PDF, it has no pages");
    }

    /** Makes the font of a document being written. */
    private interface FontSource {
        PDFont load(PDDocument document) throws IOException;
    }

    private static byte[] pdf(FontSource fonts, List<Piece> pieces) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = fonts.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Piece piece : pieces) {
                    show(content, font, piece);
                }
            }
            return save(document);
        }
    }

    private static void show(PDPageContentStream content, PDFont font, Piece piece) throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(piece.x(), piece.y());
        content.showText(piece.text());
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
