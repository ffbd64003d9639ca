package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) in the middle of an ingest, while its transaction is open, leaves the registry exactly as
 * it was before that document; the document can then be ingested normally.
 */
class KilledIngestTest {
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
    void aKilledIngestLeavesTheRegistryAsItWasBeforeThatDocument() throws Exception {
        assertThat(registry.ingest(RegistryFixture.seed("003")).status()).isEqualTo(IngestReport.Status.STORED);
        Map<String, Long> before = RegistryFixture.census(registry);
        Path seed = RegistryFixture.seed("002");

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + PauseHook.PROPERTY + "=120000", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), registry.jdbcUrl(), seed.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals(PauseHook.MARK)) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child reached the pause; it printed: " + seen).isEqualTo(PauseHook.MARK);
            assertThat(RegistryFixture.count(registry, "select count(*) from pg_stat_activity"
                    + " where state like 'idle in transaction%'")).as("the child holds its transaction open").isEqualTo(1);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        waitUntilTheServerHasDroppedTheSession();
        assertThat(RegistryFixture.census(registry)).isEqualTo(before);
        IngestReport again = registry.ingest(seed);
        assertThat(again.status()).isEqualTo(IngestReport.Status.STORED);
        assertThat(again.standards()).hasSize(14);
    }

    /** The server notices the closed connection and rolls back; an ingest waits for it through the advisory lock. */
    private static void waitUntilTheServerHasDroppedTheSession() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (RegistryFixture.count(registry, "select count(*) from pg_stat_activity"
                    + " where state like 'idle in transaction%'") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the killed process's session is still open");
    }
}
