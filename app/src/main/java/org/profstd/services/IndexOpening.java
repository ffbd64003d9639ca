package org.profstd.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.profstd.concurrent.DaemonThreads;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.StandardIndex;

/**
 * An index folder opened for writing on a thread of its own, so that a command's search is ready when its registry
 * is: the analyzers, the Lucene index and the matcher's vocabularies load while the database server starts and the
 * registry checks its schema, which takes a command about as long. Nothing here needs the registry; the
 * {@linkplain IndexKeeper keeper} checks afterwards which registry the index reflects and catches up with it.
 *
 * <p>Only the first attempt is made early. Whatever it met (the folder locked by a server, a corrupt index) is
 * {@linkplain #take() handed on} as if the keeper had met it itself, so waiting for a writer and rebuilding work as
 * they do without an early start.
 */
public final class IndexOpening implements AutoCloseable {
    private final Path folder;
    private final Consumer<SearchService> meanwhile;
    private final CompletableFuture<SearchService> first = new CompletableFuture<>();
    private boolean taken;

    private IndexOpening(Path folder, Consumer<SearchService> meanwhile) {
        this.folder = folder;
        this.meanwhile = meanwhile;
    }

    /** Starts opening the index in {@code folder}. */
    public static IndexOpening start(Path folder) {
        return start(folder, service -> { });
    }

    /**
     * Starts opening the index in {@code folder}, then does {@code meanwhile} on it, as last committed, before handing
     * it on: a command's own work done speculatively while the registry starts. Whether the index changed when it was
     * brought up to date afterwards is for the caller to ask ({@link SearchIndexKeeper#changedWhenOpened()}); a
     * failure of that work is the caller's to notice (it finds no result) and does not stop the opening.
     */
    public static IndexOpening start(Path folder, Consumer<SearchService> meanwhile) {
        IndexOpening opening = new IndexOpening(folder, meanwhile);
        DaemonThreads.start("profstd-index-open", opening::openFirst);
        return opening;
    }

    /** An opening that starts when it is first taken: for callers that have nothing to do meanwhile. */
    static IndexOpening now(Path folder) {
        IndexOpening opening = new IndexOpening(folder, service -> { });
        opening.openFirst();
        return opening;
    }

    private void openFirst() {
        SearchService service;
        try {
            service = new SearchService(StandardIndex.openWritable(new Analysis(), folder));
        } catch (IOException | RuntimeException | Error e) {
            first.completeExceptionally(e);
            return;
        }
        try {
            meanwhile.accept(service);
        } catch (RuntimeException speculative) {
            // the work is done again once the registry is open; the index itself is fine
        } finally {
            first.complete(service);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * The index opened for writing, with the search service over it: the early attempt's outcome the first time
     * (waiting for it to finish), a new attempt after that (the keeper tries again while a writer holds the folder).
     */
    synchronized SearchService take() throws IOException {
        if (taken) {
            return new SearchService(StandardIndex.openWritable(new Analysis(), folder));
        }
        taken = true;
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the search index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /** Closes the early index when nobody took it (the registry could not be opened): its write lock is let go. */
    @Override
    public synchronized void close() throws IOException {
        if (taken) {
            return;
        }
        taken = true;
        try {
            first.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failed) {
            // nothing was opened, nothing to let go of
        }
    }
}
