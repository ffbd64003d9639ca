package org.profstd.solr.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
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
import org.profstd.search.SearchService;
import org.profstd.solr.CloudFixture;

/** Batch matching on the embedded engine: every posting once, resumed after a kill, bad lines reported by line. */
class BatchMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SearchService search;

    @BeforeAll
    static void index() throws Exception {
        search = new SearchService();
        search.putAll(CloudFixture.wholeCorpus());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    /** The postings of the relevance set as a JSON Lines file, with a broken line and a line without text. */
    private static Path postings(Path folder) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(CloudFixture.relevanceSet().resolve("postings"))) {
            for (Path file : files.sorted().limit(12).toList()) {
                ObjectNode line = JSON.createObjectNode().put("id", file.getFileName().toString())
                        .put("text", Files.readString(file));
                lines.add(JSON.writeValueAsString(line));
            }
        }
        lines.add(3, "{\"id\": \"broken\", \"text\": ");
        lines.add(6, "{\"id\": \"empty\"}");
        Path input = folder.resolve("postings.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        return input;
    }

    private static PostingInput input(Path file) {
        return new PostingInput(file, (name, bytes) -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void matchesEveryPostingOnceAndResumesAfterAKill(@TempDir Path folder) throws Exception {
        Path input = postings(folder);
        Path out = folder.resolve("matches.jsonl");
        List<String> problems = new ArrayList<>();
        BatchMatch.Outcome first;
        try (MatchOutput output = MatchOutput.open(out)) {
            first = new BatchMatch(search, 5, 3).run(input(input), output, (done, total) -> { }, problems::add);
        }
        assertThat(first.matched()).isEqualTo(12);
        assertThat(first.unreadable()).isEqualTo(2);
        assertThat(problems).containsExactly("postings.jsonl:4: not a JSON object (Unexpected end-of-input within/between Object entries)",
                "postings.jsonl:7: no \"text\" to match");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(12);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.get("matches")).isNotEmpty();
        String firstId = line.get("id").asText();
        assertThat(line.get("matches").get(0).get("card").get("id").asText())
                .isEqualTo(search.match(textOf(input, firstId), 5).matches().get(0).card().id());

        // a kill in the middle of the fifth line: four whole lines and part of one remain
        long cut = String.join("\n", lines.subList(0, 4)).getBytes(StandardCharsets.UTF_8).length + 1 + 20;
        try (RandomAccessFile file = new RandomAccessFile(out.toFile(), "rw")) {
            file.setLength(cut);
        }
        BatchMatch.Outcome resumed;
        try (MatchOutput output = MatchOutput.open(out)) {
            assertThat(output.size()).isEqualTo(4);
            resumed = new BatchMatch(search, 5, 2).run(input(input), output, (done, total) -> { }, p -> { });
        }
        assertThat(resumed.skipped()).isEqualTo(4);
        assertThat(resumed.matched()).isEqualTo(8);
        List<String> ids = new ArrayList<>();
        for (String text : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            ids.add(JSON.readTree(text).get("id").asText());
        }
        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
    }

    private static String textOf(Path input, String id) throws Exception {
        for (String text : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node.has("text") && node.get("id").asText().equals(id)) {
                    return node.get("text").asText();
                }
            } catch (Exception broken) {
                // the broken line of the input
            }
        }
        throw new IllegalStateException(id);
    }
}
