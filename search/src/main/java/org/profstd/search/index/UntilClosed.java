package org.profstd.search.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values read from an index reader or a segment, each kept until what it was read from closes: a search reads them
 * once, and a refresh drops those of the readers and segments it let go of.
 *
 * @param <T> what is read
 */
final class UntilClosed<T> {
    /** How a value is read. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws IOException;
    }

    private final Map<IndexReader.CacheKey, T> byKey = new ConcurrentHashMap<>();

    /**
     * The value kept for what {@code helper} closes, read when there is none; read every time when there is no helper
     * (a reader that cannot say when it closes).
     */
    T of(IndexReader.CacheHelper helper, Reading<T> reading) throws IOException {
        if (helper == null) {
            return reading.read();
        }
        T known = byKey.get(helper.getKey());
        if (known != null) {
            return known;
        }
        T read = reading.read();
        if (byKey.putIfAbsent(helper.getKey(), read) == null) {
            helper.addClosedListener(byKey::remove);
        }
        return read;
    }
}
