package org.profstd.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of requests larger than the connections the server has left waits for the pool's connections instead of
 * failing with "too many clients".
 */
class ConnectionPoolTest {
    private static final int SERVER_LIMIT = 50;
    private static final int LEFT_FREE = 4;

    @TempDir
    Path dir;

    @Test
    void sixtyFourConcurrentReadsAllSucceedWhenTheServerHasFewConnectionsLeft() throws Exception {
        try (Registry registry = Registry.embedded(dir.resolve("data"), "tester")) {
            registry.ingest(RegistryFixture.seed("003"));
            List<Connection> others = new ArrayList<>();
            try {
                // other clients of the server (commands, tools) take all but a few of its connections
                long used = RegistryFixture.count(registry,
                        "select count(*) from pg_stat_activity where backend_type = 'client backend'");
                for (long i = used; i < SERVER_LIMIT - LEFT_FREE; i++) {
                    others.add(DriverManager.getConnection(registry.jdbcUrl()));
                }
                AtomicInteger failures = new AtomicInteger();
                AtomicInteger reads = new AtomicInteger();
                ExecutorService clients = Executors.newFixedThreadPool(64);
                List<Future<?>> done = new ArrayList<>();
                for (int c = 0; c < 64; c++) {
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < 20; i++) {
                            try {
                                assertThat(registry.list()).hasSize(1);
                                reads.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                clients.shutdown();
                assertThat(failures.get()).isZero();
                assertThat(reads.get()).isEqualTo(64 * 20);
                assertThat(ConnectionPool.MAX_SIZE).isLessThan(SERVER_LIMIT);
            } finally {
                for (Connection c : others) {
                    c.close();
                }
            }
        }
    }
}
