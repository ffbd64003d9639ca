package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.json.CanonicalJson;
import org.profstd.registry.server.EmbeddedServer;
import org.profstd.testkit.TestCorpus;

/** search, match, gap and relevance run in-process on a registry holding the seeds of the corpus. */
class SearchCommandsTest {
    static final Path RELEVANCE = Path.of("..", "search", "src", "test", "resources", "relevance");
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
        Run ingest = run("ingest", "--db", db, corpus().resolve("seeds").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Path corpus() {
        return TestCorpus.root();
    }

    /** Runs a command; the search index of the test's registry is kept in the test's folder. */
    static Run run(String... args) {
        List<String> withIndex = new ArrayList<>(List.of(args));
        withIndex.addAll(List.of("--index", dir.resolve("index").toString()));
        return runAsGiven(withIndex.toArray(String[]::new));
    }

    /** Runs a command with exactly these arguments. */
    static Run runAsGiven(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static JsonNode json(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return CanonicalJson.mapper().readTree(run.out());
    }

    @Test
    void searchAsJsonHasTheSearchModulesShapeAndFindsTheServerStandardFirst() throws Exception {
        JsonNode result = json(run("search", "администрирование серверов", "--db", db, "--limit", "3", "--format", "json"));
        assertThat(names(result)).containsExactly("query", "total", "offset", "hits", "facets", "hint");
        assertThat(result.get("query").asText()).isEqualTo("администрирование серверов");
        assertThat(result.get("hits").size()).isEqualTo(3);
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode top = result.get("hits").get(0);
        assertThat(names(top)).containsExactly("type", "score", "text", "highlight", "standard", "card", "cards");
        assertThat(top.get("type").asText()).isEqualTo("standard");
        assertThat(top.at("/standard/title").asText()).isEqualTo("Администрирование серверов");
        assertThat(names(top.get("standard"))).containsExactly("id", "title", "code");
        assertThat(top.get("highlight").asText()).contains("<b>");
        assertThat(result.at("/facets/language").fieldNames()).toIterable().containsOnly("ru");
    }

    @Test
    void searchFiltersByTypeAndLevelAndPrintsATable() throws Exception {
        JsonNode cards = json(run("search", "администратор", "--db", db, "--type", "card", "--level", "5", "--format", "json"));
        assertThat(cards.get("hits")).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.get("type").asText()).isEqualTo("card");
            assertThat(hit.at("/card/level").asInt()).isEqualTo(5);
        });
        Run table = run("search", "администрирование серверов", "--db", db, "--limit", "2");
        assertThat(table.exit()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(" score  type     card     level  standard text");
        assertThat(lines.get(3)).startsWith("1-2 of ").endsWith(" hits for \"администрирование серверов\"");
    }

    @Test
    void aCodeFindsItsStandardFirstAndOffsetPagesOn() throws Exception {
        JsonNode first = json(run("search", "J074", "--db", db, "--limit", "2", "--format", "json"));
        assertThat(first.at("/hits/0/type").asText()).isEqualTo("standard");
        assertThat(first.at("/hits/0/standard/title").asText()).isEqualTo("Администрирование серверов");
        JsonNode second = json(run("search", "J074", "--db", db, "--offset", "2", "--limit", "2", "--format", "json"));
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        assertThat(second.at("/hits/0/text").asText()).isNotIn(first.at("/hits/0/text").asText(),
                first.at("/hits/1/text").asText());
    }

    @Test
    void aQueryOfSignsOnlyFindsNothingAndSaysWhy() {
        Run r = run("search", "\"*", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("The query has no letters or digits").contains("0-0 of 0 hits");
    }

    @Test
    void aWrongLanguageIsACommandLineError() {
        Run r = run("search", "сервер", "--db", db, "--lang", "en");
        assertThat(r.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(r.err()).contains("--lang").contains("ru, kk");
    }

    @Test
    void matchReadsStandardInputAndRanksTheSysadminCardsFirst() throws Exception {
        byte[] cv = Files.readAllBytes(RELEVANCE.resolve("texts/sysadmin.txt"));
        InputStream stdin = System.in;
        JsonNode result;
        try {
            System.setIn(new ByteArrayInputStream(cv));
            result = json(run("match", "-", "--db", db, "--limit", "3", "--format", "json"));
        } finally {
            System.setIn(stdin);
        }
        assertThat(names(result)).containsExactly("matches");
        JsonNode top = result.get("matches").get(0);
        assertThat(names(top)).containsExactly("score", "coverage", "standard", "card", "evidence", "why");
        assertThat(names(top.get("why"))).containsExactly("requirements", "title", "named", "level", "levelFactor",
                "tools");
        assertThat(top.at("/why/requirements").asDouble()).isPositive();
        assertThat(top.at("/standard/title").asText()).isIn("Системное и сетевое администрирование", "Администрирование серверов");
        assertThat(top.get("coverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(top.get("evidence")).isNotEmpty().allSatisfy(e -> {
            assertThat(names(e)).containsExactly("requirement", "kind", "source", "weight", "via");
            assertThat(e.get("kind").asText()).isIn("ability", "knowledge", "action");
        });
    }

    @Test
    void gapSplitsTheRequirementsOfTheMatchedCard() throws Exception {
        Path cv = RELEVANCE.resolve("texts/helpdesk.txt");
        JsonNode match = json(run("match", cv.toString(), "--db", db, "--limit", "1", "--format", "json"));
        String card = match.at("/matches/0/card/id").asText();
        assertThat(card).matches("\\d+/\\d+");
        JsonNode gap = json(run("gap", cv.toString(), "--card", card, "--db", db, "--format", "json"));
        assertThat(names(gap)).containsExactly("standard", "card", "met", "notMet");
        assertThat(gap.at("/card/id").asText()).isEqualTo(card);
        assertThat(gap.get("met").size()).isEqualTo(match.at("/matches/0/evidence").size());
        assertThat(gap.get("notMet")).isNotEmpty();
        Run table = run("gap", cv.toString(), "--card", card, "--db", db);
        assertThat(table.out()).contains("met (" + gap.get("met").size() + "):", "not met (" + gap.get("notMet").size() + "):");
    }

    @Test
    void gapOfAnUnknownOrMalformedCardAndMatchOfAMissingFileSayWhy() {
        Path cv = RELEVANCE.resolve("texts/helpdesk.txt");
        Run unknown = run("gap", cv.toString(), "--card", "999999/1", "--db", db);
        assertThat(unknown.exit()).isEqualTo(Main.ERROR);
        assertThat(unknown.err()).endsWith("profstd: no card 999999/1 in the search index" + System.lineSeparator());
        Run malformed = run("gap", cv.toString(), "--card", "first", "--db", db);
        assertThat(malformed.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(malformed.err()).contains("a card id is EDITION/N");
        Run missing = run("match", dir.resolve("nothing.txt").toString(), "--db", db);
        assertThat(missing.exit()).isEqualTo(Main.ERROR);
        assertThat(missing.err()).contains("nothing.txt: no such file");
    }

    @Test
    void theMatchTableSaysWhyEachCardMatched() {
        Run table = run("match", RELEVANCE.resolve("texts/sysadmin.txt").toString(), "--db", db, "--limit", "2");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out().lines().filter(l -> l.startsWith("   why: requirements ")))
                .hasSize(2).allSatisfy(l -> assertThat(l).matches(
                        "   why: requirements \\d[.,]\\d{3} \\+ title \\d[.,]\\d{3} \\+ named \\d[.,]\\d{3}, x level \\d[.,]\\d{2}.*"));
    }

    @Test
    void relevancePrintsPrecisionAndReciprocalRankPerJudgementAndTheMeans() throws Exception {
        Path set = dir.resolve("judgements-only");
        Files.createDirectories(set.resolve("texts"));
        Files.copy(RELEVANCE.resolve("judgements.tsv"), set.resolve("judgements.tsv"));
        try (var texts = Files.list(RELEVANCE.resolve("texts"))) {
            for (Path text : texts.toList()) {
                Files.copy(text, set.resolve("texts").resolve(text.getFileName()));
            }
        }
        long judgements = Files.readAllLines(RELEVANCE.resolve("judgements.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        Run r = run("relevance", "--set", set.toString(), "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize((int) judgements + 1);
        assertThat(lines.get(0)).contains("P@3").contains("RR");
        assertThat(lines.get(lines.size() - 1)).matches(judgements + " judgements  mean P@3 \\d[.,]\\d{3}  MRR \\d[.,]\\d{3}");
    }

    @Test
    void relevanceOfPostingsReportsBothHalvesPerLanguage() throws Exception {
        Path set = dir.resolve("postings-only");
        Files.createDirectories(set.resolve("postings"));
        List<String> labels = Files.readAllLines(RELEVANCE.resolve("postings.tsv")).stream()
                .filter(l -> !l.startsWith("#")).limit(6).toList();
        for (String label : labels) {
            String file = label.split("\t")[0];
            Files.copy(RELEVANCE.resolve("postings").resolve(file), set.resolve("postings").resolve(file));
        }
        Files.write(set.resolve("postings.tsv"), labels);
        Run r = run("relevance", "--set", set.toString(), "--db", db);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        int header = lines.indexOf("split language  texts  top-1  top-3    MRR");
        assertThat(header).isNotNegative();
        assertThat(lines.subList(header + 1, lines.size())).hasSize(8).allSatisfy(l ->
                assertThat(l).matches("(tune|test) +(all|ru|kk|en) +\\d+  \\d[.,]\\d{3}  \\d[.,]\\d{3}  \\d[.,]\\d{3}"));
        Files.writeString(set.resolve("postings.tsv"), "one\tline\n");
        Run bad = run("relevance", "--set", set.toString(), "--db", db);
        assertThat(bad.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(bad.err()).contains("postings.tsv line 1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void indexStatusSaysWhatTheIndexHoldsAndRebuildReadsTheRegistryAgain() {
        Run search = run("search", "сервер", "--db", db);
        assertThat(search.exit()).as(search.err()).isZero();
        Run status = run("index", "status", "--db", db);
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("written:   by this command", "behind:    no, up to date with the registry");
        String editions = status.out().lines().filter(l -> l.startsWith("editions:")).findFirst().orElseThrow()
                .replaceAll("\\D", "");
        assertThat(Integer.parseInt(editions)).isPositive();
        Run rebuild = run("index", "rebuild", "--db", db);
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).startsWith("rebuilt: " + editions + " editions, ");
    }

    @Test
    void rebuildingAnIndexThatIsNotThereReadsTheRegistryOnce() {
        Run rebuild = runAsGiven("index", "rebuild", "--db", db, "--index", dir.resolve("new-index").toString());
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).startsWith("rebuilt: ");
        assertThat(rebuild.err().lines().filter(line -> line.contains("profstd: indexed "))).hasSize(1);
    }
}
