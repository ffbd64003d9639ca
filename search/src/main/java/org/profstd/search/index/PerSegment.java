package org.profstd.search.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * What a search reads of a whole segment once and keeps while the segment lives: a refresh after an ingest reads only
 * the new segments, and what a closed segment had is dropped with it.
 *
 * @param <T> what is read of a segment
 */
final class PerSegment<T> {
    /** How the value of one segment is read. */
    @FunctionalInterface
    interface Reading<T> {
        T of(LeafReader segment) throws IOException;
    }

    private final Reading<T> reading;
    private final Map<IndexReader.CacheKey, T> bySegment = new ConcurrentHashMap<>();

    PerSegment(Reading<T> reading) {
        this.reading = reading;
    }

    T of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return reading.of(segment);
        }
        T known = bySegment.get(helper.getKey());
        if (known != null) {
            return known;
        }
        T read = reading.of(segment);
        if (bySegment.putIfAbsent(helper.getKey(), read) == null) {
            helper.addClosedListener(bySegment::remove);
        }
        return read;
    }
}
