package org.profstd.registry;

import java.util.Comparator;
import org.profstd.model.VersionOrder;

/**
 * The order of a standard's editions: by year, then by version (compared as numbers: "2" before "10", "Версия 1"
 * like "1"), then by the order they were stored in. An edition without a year or version sorts before those with
 * one: nothing says it is newer.
 */
final class EditionOrder {
    /** What an edition is ordered by. */
    record Key(long editionId, Integer year, String version) {
    }

    static final Comparator<Key> OLDEST_FIRST = Comparator
            .comparing(Key::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Key::version, VersionOrder.OLDEST_FIRST)
            .thenComparingLong(Key::editionId);

    private EditionOrder() {
    }

    /** Whether two editions carry the same year and version (translations of one edition). */
    static boolean samePublication(Key a, Key b) {
        return java.util.Objects.equals(a.year(), b.year())
                && VersionOrder.OLDEST_FIRST.compare(a.version(), b.version()) == 0;
    }
}
