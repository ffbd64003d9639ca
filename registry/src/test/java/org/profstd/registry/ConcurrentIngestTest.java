package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ingests at once, in two threads with their own connections, on a real PostgreSQL. */
class ConcurrentIngestTest {
    @TempDir
    static Path dir;
    static Registry registry;

    @BeforeAll
    static void open() {
        registry = Registry.embedded(dir.resolve("data"), "tester");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void twoIngestsOfTheSameDocumentAtOnceEndWithOneCopyOfIt() throws Exception {
        Path seed = RegistryFixture.seed("002");
        List<IngestReport> reports = both(() -> registry.ingest(seed), () -> registry.ingest(seed));
        assertThat(reports).extracting(IngestReport::status)
                .containsExactlyInAnyOrder(IngestReport.Status.STORED, IngestReport.Status.UNCHANGED);
        String sha = reports.get(0).sha256();
        assertThat(RegistryFixture.count(registry, "select count(*) from source_document where sha256 = '" + sha + "'"))
                .isEqualTo(1);
        assertThat(RegistryFixture.count(registry, "select count(*) from edition e join source_document d"
                + " on d.id = e.document_id where d.sha256 = '" + sha + "'")).isEqualTo(14);
    }

    @Test
    void twoDocumentsBringingTheSameNewStandardAtOnceEndWithOneStandard() throws Exception {
        Documents.Doc a = Documents.doc("race-a.txt", null,
                Documents.standard("Гонка", "J900", "ru", "1", 2020, "Бежать"));
        Documents.Doc b = Documents.doc("race-b.txt", null,
                Documents.standard("Гонка", "J900", "ru", "2", 2021, "Бежать быстрее"));
        List<IngestReport> reports = both(() -> registry.ingest(a.result(), a.bytes()),
                () -> registry.ingest(b.result(), b.bytes()));
        assertThat(reports).extracting(IngestReport::status).containsOnly(IngestReport.Status.STORED);
        assertThat(reports.get(0).standards().get(0).standardId())
                .isEqualTo(reports.get(1).standards().get(0).standardId());
        assertThat(registry.history(reports.get(0).standards().get(0).standardId()))
                .extracting(HistoryEntry::version, HistoryEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "superseded"),
                        org.assertj.core.groups.Tuple.tuple("2", "current"));
    }

    /** Runs both at the same moment and returns their results in order. */
    private static List<IngestReport> both(Callable<IngestReport> first, Callable<IngestReport> second)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<IngestReport> a = pool.submit(() -> {
                start.await();
                return first.call();
            });
            Future<IngestReport> b = pool.submit(() -> {
                start.await();
                return second.call();
            });
            return List.of(a.get(), b.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
