package org.profstd.services;

import java.io.Closeable;
import java.time.Duration;

/**
 * Keeps a search index in step with the registry, wherever the index lives: the Lucene index of this process
 * ({@link IndexKeeper}) or a collection of a search cluster.
 */
public interface SearchIndexKeeper extends Closeable {
    /** What the index holds and how it stands to the registry. */
    IndexKeeper.Status status();

    /** False when another process writes the index and this one only reads it. */
    boolean writable();

    /** Takes in the registry's changes since the last call; returns the number of standards re-read. */
    int catchUp();

    /** Reads the whole registry into the index anew. */
    void rebuild();

    /**
     * True when opening found no usable index (missing, corrupt, of another format or registry) and so has just read
     * the whole registry into it: a rebuild asked for right after would do the same work again.
     */
    default boolean rebuiltWhenOpened() {
        return false;
    }

    /**
     * False only when the index was used as last committed: opening it found nothing in the registry to take in.
     * Answers computed on the index before it was brought up to date stand then.
     */
    default boolean changedWhenOpened() {
        return true;
    }

    /** Catches up every {@code interval} from now on, in the background, until closed: how a server follows. */
    void follow(Duration interval);
}
