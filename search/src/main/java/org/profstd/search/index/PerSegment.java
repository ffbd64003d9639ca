package org.profstd.search.index;

import java.io.IOException;
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
    private final UntilClosed<T> bySegment = new UntilClosed<>();

    PerSegment(Reading<T> reading) {
        this.reading = reading;
    }

    T of(LeafReader segment) throws IOException {
        return bySegment.of(segment.getCoreCacheHelper(), () -> reading.of(segment));
    }
}
