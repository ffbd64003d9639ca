package org.profstd.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute, refilled continuously. Kept in memory; the map is
 * bounded by dropping full buckets, which carry no information.
 */
final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;
    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long stamp;

        Bucket(double tokens, long stamp) {
            this.tokens = tokens;
            this.stamp = stamp;
        }
    }

    RateLimiter(int perMinute, LongSupplier clock) {
        this.capacity = perMinute;
        this.refillPerNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
        this.clock = clock;
    }

    /** Takes one token for the client; false when its bucket is empty. */
    boolean tryAcquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.tokens + (now - b.stamp) * refillPerNano >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.stamp) * refillPerNano);
            bucket.stamp = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
