package org.profstd.search.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.profstd.concurrent.DaemonThreads;

/** The threads an index searches its slices of segments with: one per core, never keeping the JVM alive. */
final class SliceExecutor {
    private SliceExecutor() {
    }

    /** A pool of one thread per core, or null on a single core, where searching slices at once gains nothing. */
    static ExecutorService create() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return null;
        }
        return Executors.newFixedThreadPool(cores, DaemonThreads.numbered("profstd-search"));
    }
}
