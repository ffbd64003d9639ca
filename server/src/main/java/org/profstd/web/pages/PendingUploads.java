package org.profstd.web.pages;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Documents read but not yet saved: the parse report is shown first, and the visitor commits the same bytes with a
 * token afterwards without sending the file again. Held in memory under an unguessable id; the oldest are dropped
 * beyond a bound, so a report left open for long has to be read again.
 */
final class PendingUploads {
    private static final int MAX_PENDING = 32;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };

    record Pending(String name, byte[] bytes) {
    }

    synchronized String put(String name, byte[] bytes) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        pending.put(key, new Pending(name, bytes));
        return key;
    }

    synchronized Optional<Pending> get(String id) {
        return Optional.ofNullable(id == null ? null : pending.get(id));
    }

    synchronized void remove(String id) {
        pending.remove(id);
    }
}
