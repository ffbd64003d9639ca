package org.profstd.web.pages;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Documents read but not yet saved: the parse report is shown first, and the visitor commits the same bytes with a
 * token afterwards without sending the file again. Held in memory under an unguessable id, for
 * {@value #KEPT_MINUTES} minutes at most, and never more than {@value #MAX_PENDING} documents or
 * {@link #MAX_TOTAL_BYTES} bytes together (the oldest go first): uploads need no token, so what anyone can leave
 * here must stay small and go away.
 */
final class PendingUploads {
    static final int MAX_PENDING = 32;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    static final long KEPT_MINUTES = 15;
    private static final long KEPT_NANOS = TimeUnit.MINUTES.toNanos(KEPT_MINUTES);

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier clock;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private long totalBytes;

    record Pending(String name, byte[] bytes, long storedAt) {
    }

    PendingUploads() {
        this(System::nanoTime);
    }

    PendingUploads(LongSupplier clock) {
        this.clock = clock;
    }

    synchronized String put(String name, byte[] bytes) {
        long now = clock.getAsLong();
        dropExpired(now);
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        pending.put(key, new Pending(name, bytes, now));
        totalBytes += bytes.length;
        Iterator<Pending> oldest = pending.values().iterator();
        while ((pending.size() > MAX_PENDING || totalBytes > MAX_TOTAL_BYTES) && pending.size() > 1) {
            totalBytes -= oldest.next().bytes().length;
            oldest.remove();
        }
        return key;
    }

    synchronized Optional<Pending> get(String id) {
        dropExpired(clock.getAsLong());
        return Optional.ofNullable(id == null ? null : pending.get(id));
    }

    synchronized void remove(String id) {
        Pending gone = pending.remove(id);
        if (gone != null) {
            totalBytes -= gone.bytes().length;
        }
    }

    /** The bytes held for all pending documents together. */
    synchronized long heldBytes() {
        return totalBytes;
    }

    private void dropExpired(long now) {
        Iterator<Pending> oldest = pending.values().iterator();
        while (oldest.hasNext()) {
            Pending p = oldest.next();
            if (now - p.storedAt() < KEPT_NANOS) {
                return; // kept in insertion order: the rest are younger
            }
            totalBytes -= p.bytes().length;
            oldest.remove();
        }
    }
}
