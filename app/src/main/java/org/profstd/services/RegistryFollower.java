package org.profstd.services;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.profstd.concurrent.DaemonThreads;

/**
 * Takes in the registry's changes every interval, on a daemon thread of its own, until closed: how a server keeps a
 * search index or a search collection in step. A round that fails is told and the next one tries again.
 */
public final class RegistryFollower implements AutoCloseable {
    private final ScheduledExecutorService thread;

    /**
     * @param what     what follows the registry, as the notice of a failed round names it ("the search index")
     * @param catchUp  one round of taking in the changes
     */
    public static RegistryFollower start(String threadName, Duration interval, String what, Runnable catchUp,
            IndexProgress progress) {
        return new RegistryFollower(threadName, interval, () -> {
            try {
                catchUp.run();
            } catch (RuntimeException e) {
                // the registry (or the search engine) may be briefly unreachable; the next round tries again
                progress.notice(what + " could not take in the registry's changes: " + e.getMessage());
            }
        });
    }

    private RegistryFollower(String threadName, Duration interval, Runnable round) {
        thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
        thread.scheduleWithFixedDelay(round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops following, waiting a moment for a round under way to end. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
