package org.profstd.services;

/** What a long index rebuild tells the person waiting for it. */
public interface IndexProgress {
    /** Nobody is told anything. */
    IndexProgress SILENT = new IndexProgress() {
    };

    /** Standards read into the index so far, of all those the registry holds. */
    default void rebuilding(int done, int total) {
    }

    /** The rebuild is committed. */
    default void rebuilt(int standards, long millis) {
    }

    /** Something a person should know: the index is another process's and lags, or had to be rebuilt. */
    default void notice(String message) {
    }
}
