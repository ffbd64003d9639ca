package org.profstd.solr.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.profstd.concurrent.DaemonThreads;
import org.profstd.search.SearchBackend;

/**
 * Matches many postings against every card, on whichever engine answers (the embedded index or a Solr collection),
 * with {@code parallel} postings at a time; postings the output already holds are skipped, so a batch killed midway
 * is resumed by running it again.
 */
public final class BatchMatch {
    /** Told after each posting matched: how many are done (this run and before) of how many. */
    public interface Progress {
        void matched(int done, int total);
    }

    /** What a run did: postings matched now, found done already, not readable; and how long it took. */
    public record Outcome(int matched, int skipped, int unreadable, long millis) {
        public double perSecond() {
            return millis == 0 ? 0 : matched * 1000.0 / millis;
        }
    }

    private final SearchBackend search;
    private final int limit;
    private final int parallel;

    public BatchMatch(SearchBackend search, int limit, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be 1 or more, not " + parallel);
        }
        this.search = search;
        this.limit = limit;
        this.parallel = parallel;
    }

    public Outcome run(PostingInput input, MatchOutput output, Progress progress, Consumer<String> problems) {
        int total = input.count();
        AtomicInteger done = new AtomicInteger(0);
        AtomicInteger matched = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        // a bounded number of postings read ahead: a file of millions streams through
        Semaphore window = new Semaphore(parallel * 4);
        ExecutorService workers = Executors.newFixedThreadPool(parallel, DaemonThreads.numbered("profstd-match-batch"));
        long started = System.nanoTime();
        try {
            input.forEach(posting -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                if (output.holds(posting.id())) {
                    skipped.incrementAndGet();
                    progress.matched(done.incrementAndGet(), total);
                    return;
                }
                window.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        output.write(posting.id(), search.match(posting.text(), limit));
                        matched.incrementAndGet();
                        progress.matched(done.incrementAndGet(), total);
                    } catch (IOException e) {
                        failure.compareAndSet(null, new UncheckedIOException("cannot write the output", e));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        window.release();
                    }
                });
            }, problem -> {
                unreadable.incrementAndGet();
                problems.accept(problem);
                progress.matched(done.incrementAndGet(), total);
            });
        } finally {
            workers.shutdown();
            try {
                workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Outcome(matched.get(), skipped.get(), unreadable.get(), (System.nanoTime() - started) / 1_000_000);
    }
}
