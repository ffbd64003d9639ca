package org.profstd.registry;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads the standard_change table: which standards changed since a horizon, in one snapshot. */
final class ChangeFeed {
    private final Handle handle;

    ChangeFeed(Handle handle) {
        this.handle = handle;
    }

    String registryId() {
        return handle.createQuery("select id::text from registry_identity").mapTo(String.class).one();
    }

    /**
     * One statement, so the horizon and the changes come from the same snapshot: a change not visible here belongs to
     * a transaction still running, whose id is at or past the horizon returned.
     */
    StandardChanges since(String horizon) {
        return handle.createQuery("""
                        select pg_snapshot_xmin(pg_current_snapshot())::text as horizon,
                               array(select distinct standard_id from standard_change
                                     where :from::xid8 is null or txid >= :from::xid8) as changed""")
                .bind("from", horizon)
                .map((rs, ctx) -> new StandardChanges(rs.getString("horizon"),
                        new HashSet<>(Arrays.asList((Long[]) rs.getArray("changed").getArray()))))
                .one();
    }

    /** The horizon alone: where a reader that has just read everything starts asking. */
    String horizon() {
        return handle.createQuery("select pg_snapshot_xmin(pg_current_snapshot())::text").mapTo(String.class).one();
    }

    /** The ids of every standard that has an edition. */
    List<Long> standardsWithEditions() {
        return handle.createQuery("select distinct standard_id from edition order by standard_id").mapTo(Long.class).list();
    }
}
