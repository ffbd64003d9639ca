package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.profstd.json.CanonicalJson;
import org.profstd.testkit.TestCorpus;

class AnalysisCommandsTest {
    @Test
    void helpListsTheComparisonCommands() {
        ParseCommandTest.Run r = ParseCommandTest.run("--help");
        assertThat(r.out()).contains("diff", "align", "overlap", "check", "equivalence");
    }

    @Test
    void checkExplainsTheDiagnosticsOfTheRuMintrudSeedLineByLine() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("check", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Author's report for 003_217ee86a0a46cf29.txt: 0 errors",
                "line 25, note: A value is printed before its label.", "the line reads: 562");
    }

    @Test
    void checkOfARegistryXmlExportQuotesTheElementOfEachFinding() throws Exception {
        Path file = ParseCommandTest.seed("003").getParent().resolveSibling("ru-xml").resolve("06.004-2014.xml");
        ParseCommandTest.Run r = ParseCommandTest.run("check", file.toString());
        assertThat(r.exit()).isZero();
        // the export holds the standard on one line; its elements are laid out one per line, so the
        // skipped number is told at the element of the function B/06.5 and quoted from it
        assertThat(r.out()).containsPattern("line (\\d+), to correct: The labor function numbering skips a number\\.\\R"
                + "\\s+the labor function B/06.5 follows number 04 \\[function-number-skipped\\]\\R"
                + "\\s+the line reads: <ParticularWorkFunction>");
    }

    @Test
    void diffOfAnEditionWithItselfHasNoChanges() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("diff", file.toString(), file.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"changes\" : [ ]", "\"oldEdition\"");
    }

    @Test
    void aStandardNotInTheDocumentIsInvalidInput() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("diff", file.toString(), file.toString(), "--standard", "Сварка");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("has no standard titled or coded \"Сварка\"");
    }

    @Test
    void overlapRefusesASimilarityOutsideZeroToOne() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("overlap", ParseCommandTest.seed("003").toString(),
                "--min-similarity", "1.5");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void diffOfTwoDifferentStandardsWarnsInEveryFormat() throws Exception {
        Path xml = TestCorpus.file("ru-xml");
        String programmer = xml.resolve("06.001-2013.xml").toString();
        String support = xml.resolve("06.024-2015.xml").toString();
        ParseCommandTest.Run text = ParseCommandTest.run("diff", programmer, support);
        assertThat(text.out()).contains("WARNING: these are two different standards, not two editions of one:"
                + " \"Программист\" 06.001 and");
        ParseCommandTest.Run json = ParseCommandTest.run("diff", programmer, support, "--format", "json");
        assertThat(json.out()).contains("\"sameStandard\" : false", "\"warning\" : \"these are two different standards");
        ParseCommandTest.Run html = ParseCommandTest.run("diff", programmer, support, "--format", "html");
        assertThat(html.out()).contains("<strong>Warning:</strong> these are two different standards");
    }

    @Test
    void overlapNamesTheFileOfEveryMember() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("overlap", ParseCommandTest.seed("003").toString(),
                ParseCommandTest.seed("000").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2 standards compared");
        // every member's second line names its card, then the file and line it was read from
        assertThat(r.out().lines().filter(l -> l.startsWith("      in \""))).isNotEmpty().allSatisfy(l ->
                assertThat(l).containsPattern(", (000_08e08ce78b8a3f0b|003_217ee86a0a46cf29)\\.txt( line \\d+)?$"));
    }

    @Test
    void alignPrintsTheRussianPathForTheRussianSide() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("align", ParseCommandTest.seed("004").toString(),
                ParseCommandTest.seed("002").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("        = «Архитектор ИТ-инфраструктуры», level 7 (2521-2-001) › function 1");
        assertThat(r.out()).doesNotContain("        = «АТ-инфрақұрылым");
    }

    @Test
    void checkOfThe2017SeedAcceptsItsFourDigitCodesAndQuotesNoBlankLine() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("check", ParseCommandTest.seed("001").toString());
        assertThat(r.out()).doesNotContain("code-malformed", "КАРТОЧКА ПРОФЕССИИ");
        assertThat(r.out().lines()).noneMatch(l -> l.strip().equals("the line reads:"));
    }

    @Test
    void equivalenceOfUserSupportAndTechnicalSupportIsRelatedInJson() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("equivalence", ParseCommandTest.seed("002").toString(),
                ParseCommandTest.seed("003").toString(), "--standard", "J076", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode json = CanonicalJson.mapper().readTree(r.out());
        assertThat(json.get("related").asBoolean()).isTrue();
        assertThat(json.get("pairs")).isNotEmpty();
        JsonNode pair = json.get("pairs").get(0);
        assertThat(pair.get("kz").get("code").asText()).startsWith("3512-1-");
        assertThat(pair.get("ru").get("code").asText()).isIn("A", "B", "C", "D");
        assertThat(pair.get("shared").get(0).get("ruCode").asText()).matches("[ABCD]/0\\d\\.\\d");
        assertThat(pair.has("onlyKz")).isTrue();
        assertThat(pair.has("onlyRu")).isTrue();
        assertThat(json.get("levels")).isNotEmpty();
    }

    @Test
    void equivalenceOfAnimationAndTechnicalSupportSaysUnrelated() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("equivalence", ParseCommandTest.seed("002").toString(),
                TestCorpus.file("ru-xml/06.024-2015.xml").toString(),
                "--standard", "J077");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("* unrelated: \"Разработка анимационных фильмов");
    }

    @Test
    void equivalenceOfTwoKazakhDocumentsIsInvalidInput() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("equivalence", ParseCommandTest.seed("000").toString(),
                ParseCommandTest.seed("001").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("profstd: equivalence pairs a Kazakh standard with a Russian one;");
    }

    @Test
    void curriculumOfADocxProgrammeAgainstTheProgrammerIsACsvMatrix(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path programme = dir.resolve("programme.docx");
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = java.nio.file.Files.newOutputStream(programme)) {
            for (String line : new String[] {"Рабочая программа", "Дисциплина «Тестирование программного обеспечения»",
                    "Уметь:", "разрабатывать тестовые сценарии и проверять работоспособность программного обеспечения"}) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(out);
        }
        String xml = TestCorpus.file("ru-xml/06.001-2022.xml").toString();
        ParseCommandTest.Run r = ParseCommandTest.run("curriculum", programme.toString(), "--standard", xml,
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("function_code,function,card,requirements,covered,coverage,"
                + "Тестирование программного обеспечения\r\n");
        assertThat(r.out()).contains("B/03.4,Проверка работоспособности компьютерного программного обеспечения,");
    }

    @Test
    void curriculumOfATextWithoutDisciplinesIsInvalidInput(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path cv = dir.resolve("cv.txt");
        java.nio.file.Files.writeString(cv, "Иванов Иван\nопыт работы 5 лет\n");
        ParseCommandTest.Run r = ParseCommandTest.run("curriculum", cv.toString(), "--standard",
                ParseCommandTest.seed("003").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("profstd: cv.txt: no discipline or module with learning outcomes was found");
    }
}
