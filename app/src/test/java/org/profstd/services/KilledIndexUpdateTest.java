package org.profstd.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.StandardIndex;

/**
 * A process killed (SIGKILL) in the middle of an index update leaves the index as last committed; the next opener
 * reads that state and catches up with what changed since, without a rebuild.
 */
class KilledIndexUpdateTest {
    private static final String FROM_003 = "обобщенной";
    private static final String FROM_000 = "прогнозирования";

    @TempDir
    Path dir;

    @Test
    void aKilledRebuildLeavesTheLastCommitAndTheNextOpenerCatchesUp() throws Exception {
        Path folder = dir.resolve("index");
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(AppCorpus.seed("003"));
            try (IndexKeeper keeper = IndexKeeper.open(registry, folder, Duration.ZERO, new RecordingProgress())) {
                assertThat(hits(new SearchService(keeper.index()), FROM_003)).isPositive();
            }

            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), IndexRebuildProcess.class.getName(),
                    registry.jdbcUrl(), folder.toString())).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                String line;
                while ((line = out.readLine()) != null && !line.equals(IndexRebuildProcess.MARK)) {
                    seen.append(line).append('\n');
                }
                assertThat(line).as("the child reached the middle of its rebuild; it printed: " + seen)
                        .isEqualTo(IndexRebuildProcess.MARK);
                registry.ingest(AppCorpus.seed("000")); // a change the killed process never commits to the index
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            try (SearchService search = new SearchService(StandardIndex.openReadOnly(new Analysis(), folder))) {
                assertThat(hits(search, FROM_003)).as("the last committed state is served").isPositive();
                assertThat(hits(search, FROM_000)).isZero();
            }
            RecordingProgress progress = new RecordingProgress();
            try (IndexKeeper keeper = IndexKeeper.open(registry, folder, Duration.ZERO, progress)) {
                assertThat(keeper.writable()).isTrue();
                assertThat(progress.rebuilt()).as("the last commit is usable: no rebuild").isFalse();
                SearchService search = new SearchService(keeper.index());
                assertThat(hits(search, FROM_003)).isPositive();
                assertThat(hits(search, FROM_000)).as("caught up with the change made meanwhile").isPositive();
            }
        }
    }

    private static long hits(SearchService search, String query) {
        return search.search(query, SearchFilters.NONE, 10).total();
    }
}
