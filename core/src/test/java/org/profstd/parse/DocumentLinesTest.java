package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.ParseResult;
import org.profstd.read.FileFormat;

/**
 * The lines the registry stores for the source view are the lines the parser numbered, whatever the format, and a
 * document read once for an ingest gives the same parse and lines as reading it for each.
 */
class DocumentLinesTest {
    @Test
    void aDocxKeepsTheLinesOfItsReaderOneTableRowPerLineWithItsCellsApart() throws Exception {
        Path docx = Corpus.root().resolve("kz-docx/it-user-support.docx");
        byte[] bytes = Files.readAllBytes(docx);
        List<String> lines = Standards.lines("it-user-support.docx", bytes);

        assertThat(lines).hasSize(395);
        assertThat(lines.get(16)).isEqualTo("Код:\t3512-1-001");
        assertThat(lines.get(20)).isEqualTo("Квалификационный уровень по ОРК:\t4");
        assertThat(lines.get(26)).startsWith("Трудовая функция 1: Обработка инцидентов").endsWith("\tУмения:");
        // the line an item points to holds the item's words
        ParseResult parsed = Standards.parse("it-user-support.docx", bytes);
        Card first = parsed.standards().get(0).cards().get(0);
        Item ability = first.functions().get(0).units().get(0).abilities().get(0);
        assertThat(ability.text()).isEqualTo("Проводить диагностику инфокоммуникационных систем и/или их составляющих");
        assertThat(lines.get(ability.line() - 1)).contains(ability.text());
    }

    @Test
    void aTextConversionKeepsItsLinesAsPrinted() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.seed("000"));
        List<String> lines = Standards.lines("000.txt", bytes);
        assertThat(lines).hasSize((int) new String(bytes, StandardCharsets.UTF_8).lines().count());
        assertThat(lines.get(0)).isEqualTo(" Профессиональный стандарт ");
    }

    @Test
    void anHtmlPageKeepsTheLinesOfItsReaderNotTheLinesOfTheMarkup() {
        String html = """
                <html><head><title>Стандарт</title></head><body>
                <h1>Профессиональный стандарт «Поддержка пользователей ИТ»</h1>
                <table><tr><td>Код:</td><td>3512-1-001</td></tr>
                <tr><td>Квалификационный уровень по ОРК:</td><td>4</td></tr></table>
                </body></html>
                """;
        List<String> lines = Standards.lines("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).containsExactly("Профессиональный стандарт «Поддержка пользователей ИТ»",
                "Код:\t3512-1-001", "Квалификационный уровень по ОРК:\t4");
    }

    @Test
    void aPdfKeepsTheLinesOfItsReaderWithTheColumnsApart() throws Exception {
        List<String> lines = Standards.lines("card.pdf", pdf());
        assertThat(lines).containsExactly("Professional standard", "Code:\t3512-1-001");
    }

    @Test
    void registryXmlIsKeptOneElementPerLineAsItsItemsPointToIt() throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.root().resolve("ru-xml/06.024-2015.xml"));
        List<String> lines = Standards.lines("06.024-2015.xml", bytes);
        String file = new String(bytes, StandardCharsets.UTF_8);
        // the export holds the whole standard on its line 4; each of its elements gets a line, nothing else changes
        assertThat(file.split("\r\n|\r|\n", -1)).hasSize(6);
        assertThat(lines).hasSizeGreaterThan(500).contains("<LaborAction>Регистрация обращений клиентов</LaborAction>");
        assertThat(String.join("", lines)).isEqualTo(file.replaceAll("\r\n|\r|\n", ""));
    }

    @Test
    void registryXmlWhoseMarkerLiesBeyondTheSniffedHeadIsStillKeptAsItsReaderNumbersIt() throws Exception {
        String file = Files.readString(Corpus.root().resolve("ru-xml/06.024-2015.xml"));
        // a long comment after the prolog pushes <XMLCardInfo> past the head the format is told from
        String commented = file.replaceFirst("\\?>", "?><!--" + "x".repeat(5000) + "-->");
        byte[] bytes = commented.getBytes(StandardCharsets.UTF_8);
        assertThat(FileFormat.sniff(bytes)).isEqualTo(FileFormat.XML);

        Standards.Reading reading = Standards.read("06.024-2015.xml", bytes);
        List<String> lines = reading.lines();
        assertThat(lines).isEqualTo(Standards.lines("06.024-2015.xml", bytes)).hasSizeGreaterThan(500);
        List<Item> actions = reading.result().standards().get(0).cards().stream()
                .flatMap(card -> card.functions().stream()).flatMap(function -> function.units().stream())
                .flatMap(unit -> unit.actions().stream()).toList();
        assertThat(actions).isNotEmpty().allSatisfy(action -> {
            assertThat(action.line()).isBetween(1, lines.size());
            assertThat(lines.get(action.line() - 1)).contains(action.text());
        });
    }

    @Test
    void aDocumentReadOnceGivesItsParseAndItsLinesTogether() throws Exception {
        for (Path path : List.of(Corpus.file("kz-docx/it-user-support.docx"), Corpus.file("ru-xml/06.024-2015.xml"),
                Corpus.seed("003"))) {
            byte[] bytes = Files.readAllBytes(path);
            String name = path.getFileName().toString();
            Standards.Reading reading = Standards.read(name, bytes);
            assertThat(reading.result()).isEqualTo(Standards.parse(name, bytes));
            assertThat(reading.lines()).isEqualTo(Standards.lines(name, bytes)).isNotEmpty();
        }
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                show(content, font, 50, 780, "Professional standard");
                show(content, font, 50, 750, "Code:");
                show(content, font, 300, 750, "3512-1-001");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws Exception {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
