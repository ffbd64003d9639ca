package org.profstd.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that never keep the process alive: background work (following the registry, opening or rebuilding the
 * index, searching slices, reading a document under a time budget) stops with the command or server that started it.
 * Named, so that a thread dump says whose each thread is.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Threads named {@code name-1}, {@code name-2}, ... */
    public static ThreadFactory numbered(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> daemon(task, name + "-" + count.incrementAndGet());
    }

    /** Threads all named {@code name}: for an executor of one thread. */
    public static ThreadFactory named(String name) {
        return task -> daemon(task, name);
    }

    /** Starts {@code task} on a daemon thread of its own. */
    public static Thread start(String name, Runnable task) {
        Thread thread = daemon(task, name);
        thread.start();
        return thread;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
