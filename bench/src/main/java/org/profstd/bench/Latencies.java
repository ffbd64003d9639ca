package org.profstd.bench;

import java.util.Arrays;

/** The durations of single operations run one after another, summarised as percentiles and throughput. */
final class Latencies {
    private long[] nanos = new long[256];
    private int count;

    void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    /** Every duration, in the order added. */
    void forEach(java.util.function.LongConsumer each) {
        for (int i = 0; i < count; i++) {
            each.accept(nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds: the smallest duration that {@code p} percent do not exceed. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Operations per second on one thread: the count over the time they took together. */
    double perSecond() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total == 0 ? Double.NaN : count / (total / 1e9);
    }
}
