package org.profstd.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.search.SearchFilters;

/**
 * An index folder opened before its registry, as a command opens it while the database server starts: the services
 * get that index, brought up to date, and an index nobody took lets go of the folder.
 */
class IndexOpeningTest {
    /** A word of seed 003 (06.024, technical support of ICT systems). */
    private static final String FROM_003 = "обобщенной";

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("data").resolve("index");
    }

    @Test
    void anIndexOpenedBeforeTheRegistryIsBuiltFromItAndThenReused() throws Exception {
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(AppCorpus.seed("003"));
        }
        for (boolean first : new boolean[] {true, false}) {
            IndexOpening opening = IndexOpening.start(folder());
            RecordingProgress progress = new RecordingProgress();
            try (Registry registry = Registry.embedded(dir.resolve("data"), "tester");
                    Services services = Services.open(registry, opening, Duration.ZERO, progress)) {
                assertThat(progress.rebuilt()).as("built the first time only").isEqualTo(first);
                assertThat(services.index().writable()).isTrue();
                assertThat(services.search().search(FROM_003, SearchFilters.NONE, 10).total()).isPositive();
            }
        }
    }

    @Test
    void workDoneOnTheIndexAsCommittedStandsOnlyWhenOpeningChangedNothing() throws IOException {
        /* A word of seed 000 (IT user support), which a later ingest adds. */
        String from000 = "прогнозирования";
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(AppCorpus.seed("003"));
            try (IndexKeeper built = IndexKeeper.open(registry, folder(), Duration.ZERO, new RecordingProgress())) {
                assertThat(built.changedWhenOpened()).as("a new index is built").isTrue();
            }
            AtomicLong early = new AtomicLong(-1);
            try (IndexKeeper keeper = IndexKeeper.open(registry, IndexOpening.start(folder(),
                    search -> early.set(search.search(FROM_003, SearchFilters.NONE, 10).total())), Duration.ZERO,
                    new RecordingProgress())) {
                assertThat(keeper.changedWhenOpened()).isFalse();
                assertThat(early.get()).isPositive()
                        .isEqualTo(keeper.search().search(FROM_003, SearchFilters.NONE, 10).total());
            }
            try (Registry other = Registry.external(registry.jdbcUrl(), "someone else")) {
                other.ingest(AppCorpus.seed("000"));
            }
            try (IndexKeeper keeper = IndexKeeper.open(registry, IndexOpening.start(folder(),
                    search -> early.set(search.search(from000, SearchFilters.NONE, 10).total())), Duration.ZERO,
                    new RecordingProgress())) {
                assertThat(early.get()).as("the index as last committed lacks the new standard").isZero();
                assertThat(keeper.changedWhenOpened()).isTrue();
                assertThat(keeper.search().search(from000, SearchFilters.NONE, 10).total()).isPositive();
            }
        }
    }

    @Test
    void anOpeningNobodyTookLetsGoOfTheFolder() throws IOException {
        IndexOpening unused = IndexOpening.start(folder());
        unused.close();
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester");
                IndexKeeper keeper = IndexKeeper.open(registry, IndexOpening.start(folder()), Duration.ZERO,
                        new RecordingProgress())) {
            assertThat(keeper.writable()).as("the write lock was let go").isTrue();
        }
    }

    @Test
    void aFolderAServerWritesIsReadByTheCommandThatOpenedItEarly() throws IOException {
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(AppCorpus.seed("003"));
            try (IndexKeeper server = IndexKeeper.open(registry, folder(), Duration.ZERO, new RecordingProgress());
                    IndexKeeper command = IndexKeeper.open(registry, IndexOpening.start(folder()), Duration.ZERO,
                            new RecordingProgress())) {
                assertThat(server.writable()).isTrue();
                assertThat(command.writable()).as("the early attempt met the server's lock").isFalse();
                assertThat(command.search().search(FROM_003, SearchFilters.NONE, 10).total()).isPositive();
            }
        }
    }
}
