package org.profstd.services;

import java.util.ArrayList;
import java.util.List;

/** Remembers what an index keeper reported, so a test can tell a rebuild from a catch-up. */
final class RecordingProgress implements IndexProgress {
    final List<String> events = new ArrayList<>();

    @Override
    public void rebuilt(int standards, long millis) {
        events.add("rebuilt " + standards);
    }

    @Override
    public void notice(String message) {
        events.add(message);
    }

    boolean rebuilt() {
        return events.stream().anyMatch(e -> e.startsWith("rebuilt"));
    }
}
