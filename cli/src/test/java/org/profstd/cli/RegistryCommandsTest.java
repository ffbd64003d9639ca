package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.registry.server.EmbeddedServer;
import org.profstd.testkit.TestCorpus;

/**
 * The registry commands run in-process against one embedded server started for the class; the commands reach it
 * through {@code --db}, and one test through {@code --data} (joining the running server of that folder).
 */
class RegistryCommandsTest {
    @TempDir
    static Path dir;
    static EmbeddedServer server;
    static String db;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start(dir.resolve("data"));
        db = server.jdbcUrl();
        Run ingest = run("ingest", "--db", db, seed("003").toString(), seed("002").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    @Test
    void ingestingAgainSaysUnchangedAndARefusedDocumentGivesItsReasonAndExitCode1() throws Exception {
        Path broken = dir.resolve("notes.txt");
        Files.writeString(broken, "Список покупок\nхлеб\n");
        Run r = run("ingest", "--db", db, seed("003").toString(), broken.toString());
        assertThat(r.exit()).isEqualTo(Main.ERROR);
        assertThat(r.out()).contains("[1/2] " + seed("003") + ": unchanged (already in the registry)");
        assertThat(r.err()).isEqualTo("profstd: [2/2] " + broken + ": refused: notes.txt: not a professional standard"
                + " (no template family recognised)" + System.lineSeparator());
    }

    @Test
    void aFolderIngestGoesOnPastADocumentNestedBeyondTheLimit() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("hostile"));
        Path deep = folder.resolve("a-deep.html");
        Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000)
                + "</body></html>");
        Path good = Files.copy(seed("003"), folder.resolve("b-standard.txt"));
        Run r = run("ingest", "--db", db, folder.toString());
        assertThat(r.exit()).isEqualTo(Main.ERROR);
        assertThat(r.err()).isEqualTo("profstd: [1/2] " + deep + ": refused: a-deep.html: the page nests its elements"
                + " more than 256 deep, the limit; it is refused" + System.lineSeparator());
        assertThat(r.out()).startsWith("[2/2] " + good + ": ").doesNotContain("refused");
    }

    @Test
    void listAsJsonHasExactlyTheDocumentedKeys() throws Exception {
        Run r = run("list", "--db", db, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode standards = CanonicalJson.mapper().readTree(r.out()).get("standards");
        assertThat(standards.size()).isEqualTo(15);
        JsonNode first = standards.get(0);
        assertThat(names(first)).containsExactly("id", "title", "code", "jurisdiction",
                "language", "edition", "cards");
        assertThat(names(first.get("edition"))).containsExactly("id", "version", "year",
                "status");
        assertThat(first.get("edition").get("status").asText()).isEqualTo("current");
    }

    @Test
    void listAsATableHasAHeaderARowPerStandardAndACount() {
        Run r = run("list", "--db", db);
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).contains("id", "jur", "code", "lang", "version", "year", "status", "cards", "title");
        assertThat(lines).hasSize(17);
        assertThat(lines[16]).isEqualTo("15 standards");
    }

    @Test
    void showAsJsonPrintsTheStandardAsParsePrintedIt() throws Exception {
        long id = idOfTheStandardFrom003();
        Run r = run("show", "--db", db, String.valueOf(id), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        ParseResult parsed = Standards.parse(seed("003"));
        assertThat(CanonicalJson.mapper().readValue(r.out(), Standard.class)).isEqualTo(parsed.standards().get(0));
        assertThat(r.out().strip()).isEqualTo(CanonicalJson.mapper().writeValueAsString(parsed.standards().get(0)));
    }

    @Test
    void showAsATreeAndHistoryPrintTheEditionAndItsAct() throws Exception {
        long id = idOfTheStandardFrom003();
        Run tree = run("show", "--db", db, String.valueOf(id));
        assertThat(tree.exit()).isZero();
        assertThat(tree.out()).contains("[RU, ru, ru-mintrud, version -, -]");
        Run history = run("history", "--db", db, String.valueOf(id));
        assertThat(history.exit()).isZero();
        assertThat(history.out()).contains("current", "act: approval No 688н of 2015-10-05",
                "source: " + seed("003").getFileName());
    }

    @Test
    void withdrawNeedsAReasonAndUnknownIdsAreReported() {
        assertThat(run("withdraw", "--db", db, "1").exit()).isEqualTo(Main.INVALID_INPUT);
        Run missing = run("show", "--db", db, "424242");
        assertThat(missing.exit()).isEqualTo(Main.ERROR);
        assertThat(missing.err()).isEqualTo("profstd: no standard with id 424242" + System.lineSeparator());
        Run badUrl = run("list", "--db", "mysql://nowhere");
        assertThat(badUrl.exit()).isEqualTo(Main.INVALID_INPUT);
    }

    @Test
    void withdrawAndLinkChangeStatusesThroughTheDataFolderToo() throws Exception {
        Path extra = dir.resolve("004.txt");
        Files.copy(seed("004"), extra);
        Run ingest = run("ingest", "--data", dir.resolve("data").toString(), extra.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        long newId = Long.parseLong(ingest.out().replaceAll("(?s).*standard (\\d+), edition.*", "$1"));
        Run link = run("link", "--db", db, String.valueOf(idOfTheStandardFrom003()), String.valueOf(newId));
        assertThat(link.exit()).as(link.err()).isZero();
        assertThat(link.out()).isEqualTo("standard " + newId + " now continues standard " + idOfTheStandardFrom003()
                + System.lineSeparator());
        Run withdraw = run("withdraw", "--db", db, String.valueOf(newId), "--reason", "test");
        assertThat(withdraw.exit()).as(withdraw.err()).isZero();
        assertThat(run("history", "--db", db, String.valueOf(idOfTheStandardFrom003())).out())
                .contains("withdrawn  version 2, 2022, kk (test)");
    }

    @Test
    void exportOfAStandardIdIsItsCurrentEditionWithTheDocumentItCameFrom() throws Exception {
        long id = idOfTheStandardFrom003();
        Run json = run("export", String.valueOf(id), "--format", "json", "--db", db);
        assertThat(json.exit()).as(json.err()).isZero();
        var result = CanonicalJson.read(json.out());
        assertThat(result.source().file()).isEqualTo(seed("003").getFileName().toString());
        assertThat(result.act().number()).isEqualTo("688н");
        assertThat(result.standards()).singleElement().satisfies(s -> assertThat(s.code()).isEqualTo("06.024"));
        Run csv = run("export", "--all", "--format", "csv", "--db", db);
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out().lines().filter(l -> l.startsWith("06.024,")).count()).isEqualTo(189);
        Run neither = run("export", "--format", "csv", "--db", db);
        assertThat(neither.exit()).isEqualTo(Main.INVALID_INPUT);
    }

    private static long idOfTheStandardFrom003() throws Exception {
        JsonNode standards = CanonicalJson.mapper().readTree(run("list", "--db", db, "--format", "json").out())
                .get("standards");
        for (JsonNode s : standards) {
            if ("RU".equals(s.get("jurisdiction").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError("the RU standard of seed 003 is not listed");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
