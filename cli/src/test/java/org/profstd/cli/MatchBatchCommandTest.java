package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.server.EmbeddedServer;

/** match-batch and the --search option, in-process, on a registry holding the seeds of the corpus. */
class MatchBatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        Run ingest = run("ingest", "--db", db, SearchCommandsTest.corpus().resolve("seeds").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Run run(String... args) {
        List<String> withIndex = new ArrayList<>(List.of(args));
        if (!args[0].equals("ingest")) {
            withIndex.addAll(List.of("--index", dir.resolve("index").toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), withIndex.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void matchesAJsonLinesFileOfPostingsAndResumes() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(SearchCommandsTest.RELEVANCE.resolve("postings"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("ru-")).sorted().limit(4)
                    .toList()) {
                lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", file.getFileName().toString())
                        .put("text", Files.readString(file))));
            }
        }
        lines.add(2, "not json");
        Path input = dir.resolve("postings.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out").resolve("matches.jsonl");

        Run first = run("match-batch", input.toString(), "--out", out.toString(), "--parallel", "2", "--db", db);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("profstd: skipped postings.jsonl:3: not a JSON object")
                .containsPattern("matched 4 postings in [0-9.]+ s: [0-9.]+ postings/s \\(2 parallel\\); 1 unreadable");
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(written).hasSize(4);
        for (String line : written) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.get("id").asText()).startsWith("ru-");
            assertThat(node.get("matches")).isNotEmpty();
            assertThat(node.get("matches").get(0).get("card").get("id").asText()).contains("/");
        }

        Run again = run("match-batch", input.toString(), "--out", out.toString(), "--db", db);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("matched 0 postings").contains("4 already in");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(4);
    }

    @Test
    void aSearchEngineOfAnotherShapeIsRefusedWithItsExpectedForm() {
        Run run = run("search", "программист", "--search", "elastic:localhost", "--db", db);
        assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(run.err()).startsWith("profstd: --search: a Solr collection is named solr:ZK_HOSTS/COLLECTION,"
                + " not elastic:localhost (or embedded)\nTry 'profstd search --help'.");
        Run noCollection = run("match", "-", "--search", "solr:zk1:2181", "--db", db);
        assertThat(noCollection.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(noCollection.err()).startsWith("profstd: --search: a Solr collection is named"
                + " solr:ZK_HOSTS/COLLECTION (e.g. solr:zk1:2181,zk2:2181/profstd), not solr:zk1:2181 (or embedded)");
    }

    @Test
    void pushNeedsACollection() {
        Run run = run("index", "push", "--db", db);
        assertThat(run.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(run.err()).contains("index push writes a Solr collection: name it with --search");
    }
}
