package org.profstd.registry;

import java.util.Set;

/**
 * The standards whose editions changed after a horizon, and the horizon to ask from next time.
 *
 * <p>A horizon is the oldest transaction that was still running when the registry was read (PostgreSQL's
 * {@code pg_snapshot_xmin}, as a decimal string). Every change committed after a reader took a horizon belongs to a
 * transaction at or past it, so asking again from that horizon misses nothing; a change seen twice is re-read twice,
 * which is harmless for a reader that replaces whole standards.
 *
 * @param horizon     where the next question starts
 * @param standardIds the standards changed since the horizon asked from (all of them when asked from none)
 */
public record StandardChanges(String horizon, Set<Long> standardIds) {
    public StandardChanges {
        standardIds = Set.copyOf(standardIds);
    }

    public boolean isEmpty() {
        return standardIds.isEmpty();
    }
}
