package org.profstd.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {
    @Test
    void numberedThreadsAreDaemonsNamedInTurn() {
        ThreadFactory factory = DaemonThreads.numbered("profstd-test");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        assertThat(first.getName()).isEqualTo("profstd-test-1");
        assertThat(second.getName()).isEqualTo("profstd-test-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(DaemonThreads.named("profstd-one").newThread(() -> { }).getName()).isEqualTo("profstd-one");
    }

    @Test
    void aStartedTaskRunsOnADaemonThreadOfItsName() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        DaemonThreads.start("profstd-started", () -> ran.complete(Thread.currentThread()));
        Thread thread = ran.get(10, TimeUnit.SECONDS);
        assertThat(thread.getName()).isEqualTo("profstd-started");
        assertThat(thread.isDaemon()).isTrue();
    }
}
