package org.profstd.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchService;

/**
 * The search index on disk follows the registry: it is reused across processes, takes in changes made through any
 * connection, and is rebuilt only when it cannot be used.
 */
class IndexKeeperTest {
    /** Words of seed 003 (06.024, technical support of ICT systems) and of seed 000 (IT user support). */
    private static final String FROM_003 = "обобщенной";
    private static final String FROM_000 = "прогнозирования";

    @TempDir
    Path dir;
    Registry registry;

    @BeforeEach
    void open() {
        registry = Registry.embedded(dir.resolve("data"), "tester");
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private Path folder() {
        return dir.resolve("data").resolve("index");
    }

    private IndexKeeper keeper(RecordingProgress progress) {
        return IndexKeeper.open(registry, folder(), Duration.ZERO, progress);
    }

    private static long hits(IndexKeeper keeper, String query) {
        return new SearchService(keeper.index()).search(query, SearchFilters.NONE, 10).total();
    }

    @Test
    void anIndexOnDiskIsReusedAndCatchesUpWithChangesMadeElsewhere() throws IOException {
        registry.ingest(AppCorpus.seed("003"));
        RecordingProgress first = new RecordingProgress();
        try (IndexKeeper keeper = keeper(first)) {
            assertThat(first.rebuilt()).as("a missing index is built").isTrue();
            assertThat(hits(keeper, FROM_003)).isPositive();
        }
        // another process (here: another connection) changes the registry while no index is open
        try (Registry other = Registry.external(registry.jdbcUrl(), "someone else")) {
            other.ingest(AppCorpus.seed("000"));
        }
        RecordingProgress second = new RecordingProgress();
        try (IndexKeeper keeper = keeper(second)) {
            assertThat(second.rebuilt()).as("a usable index is not rebuilt").isFalse();
            assertThat(hits(keeper, FROM_003)).isPositive();
            assertThat(hits(keeper, FROM_000)).isPositive();
        }
    }

    @Test
    void aRunningKeeperTakesInAWithdrawalMadeByAnotherConnection() throws IOException {
        registry.ingest(AppCorpus.seed("003"));
        long standardId = registry.list().get(0).id();
        try (IndexKeeper keeper = keeper(new RecordingProgress())) {
            assertThat(hits(keeper, FROM_003)).isPositive();
            try (Registry other = Registry.external(registry.jdbcUrl(), "someone else")) {
                other.withdraw(standardId, "replaced by a new standard");
            }
            assertThat(keeper.catchUp()).as("standards re-read").isEqualTo(1);
            assertThat(hits(keeper, FROM_003)).as("a withdrawn standard has no current edition").isZero();
            SearchFilters history = new SearchFilters(null, null, null, null, true);
            assertThat(new SearchService(keeper.index()).search(FROM_003, history, 10).total()).isPositive();
            assertThat(keeper.catchUp()).as("nothing changed since").isZero();
        }
    }

    @Test
    void aCorruptIndexIsRebuilt() throws IOException {
        registry.ingest(AppCorpus.seed("003"));
        try (IndexKeeper keeper = keeper(new RecordingProgress())) {
            assertThat(hits(keeper, FROM_003)).isPositive();
        }
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        RecordingProgress progress = new RecordingProgress();
        try (IndexKeeper keeper = keeper(progress)) {
            assertThat(progress.rebuilt()).isTrue();
            assertThat(progress.events).anyMatch(e -> e.contains("cannot be read"));
            assertThat(hits(keeper, FROM_003)).isPositive();
        }
    }

    @Test
    void theIndexOfAnotherRegistryIsRebuiltFromThisOne() throws IOException {
        registry.ingest(AppCorpus.seed("003"));
        try (Registry another = Registry.embedded(dir.resolve("another"), "tester")) {
            another.ingest(AppCorpus.seed("000"));
            try (IndexKeeper keeper = IndexKeeper.open(another, folder(), Duration.ZERO, new RecordingProgress())) {
                assertThat(hits(keeper, FROM_003)).isZero();
            }
        }
        RecordingProgress progress = new RecordingProgress();
        try (IndexKeeper keeper = keeper(progress)) {
            assertThat(progress.rebuilt()).isTrue();
            assertThat(hits(keeper, FROM_003)).isPositive();
        }
    }

    @Test
    void aSecondOpenerReadsWhatTheWriterCommits() throws IOException {
        registry.ingest(AppCorpus.seed("003"));
        try (IndexKeeper writer = keeper(new RecordingProgress());
             IndexKeeper reader = keeper(new RecordingProgress())) {
            assertThat(writer.writable()).isTrue();
            assertThat(reader.writable()).isFalse();
            assertThat(hits(reader, FROM_003)).isPositive();
            assertThat(hits(reader, FROM_000)).isZero();

            registry.ingest(AppCorpus.seed("000"));
            writer.catchUp();
            reader.catchUp();
            assertThat(hits(reader, FROM_000)).isPositive();
        }
    }
}
