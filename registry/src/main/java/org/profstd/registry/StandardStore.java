package org.profstd.registry;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Standards and their identity keys. A standard is found by its code key first, then by its title key; a title match
 * is refused when both sides have codes and they differ (a changed code makes a new standard until someone links
 * it). A standard linked into another is followed to the one it was linked into.
 */
final class StandardStore {
    private final Handle handle;
    private final AuditLog audit;

    StandardStore(Handle handle, AuditLog audit) {
        this.handle = handle;
        this.audit = audit;
    }

    /** The standard of an identity, registering keys it did not have yet; empty when no standard has the identity. */
    Optional<Long> find(StandardIdentity identity) {
        Optional<Long> byCode = standardOfKey(identity.codeKey());
        if (byCode.isPresent()) {
            return byCode;
        }
        Optional<Long> byTitle = standardOfKey(identity.titleKey());
        if (byTitle.isPresent() && identity.codeKey() != null && !codeKeys(byTitle.get()).isEmpty()) {
            return Optional.empty();
        }
        return byTitle;
    }

    long create(StandardIdentity identity, String code) {
        long id = handle.createUpdate("insert into standard (jurisdiction, code) values (:jurisdiction, :code)")
                .bind("jurisdiction", identity.jurisdiction().value()).bind("code", code)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("create", "standard", id, String.join("; ", identity.keys()));
        return id;
    }

    /** Gives the standard the keys of the identity it lacks, and its code when it had none. */
    void addKeys(long standardId, StandardIdentity identity, String code) {
        for (String key : identity.keys()) {
            int added = handle.createUpdate("""
                            insert into standard_key (key, standard_id) values (:key, :id) on conflict (key) do nothing""")
                    .bind("key", key).bind("id", standardId).execute();
            if (added > 0) {
                audit.record("add-key", "standard", standardId, key);
            }
        }
        if (code != null) {
            handle.createUpdate("update standard set code = :code where id = :id and code is null")
                    .bind("code", code).bind("id", standardId).execute();
        }
    }

    boolean exists(long standardId) {
        return handle.createQuery("select count(*) from standard where id = :id")
                .bind("id", standardId).mapTo(Integer.class).one() > 0;
    }

    /** The standard a merged standard was linked into, or the standard itself. */
    long resolve(long standardId) {
        long id = standardId;
        for (int hops = 0; hops < 100; hops++) {
            Optional<Long> next = handle.createQuery("select merged_into from standard where id = :id")
                    .bind("id", id).mapTo(Long.class).findOne();
            if (next.isEmpty() || next.get() == null) {
                return id;
            }
            id = next.get();
        }
        return id;
    }

    /**
     * Records that {@code later} continues {@code earlier}: the later standard's editions and keys move to the earlier
     * one, the later one points to it, and the link is kept for the history.
     */
    void link(long earlier, long later, String actor) {
        handle.createUpdate("update edition set standard_id = :earlier where standard_id = :later")
                .bind("earlier", earlier).bind("later", later).execute();
        handle.createUpdate("update standard_key set standard_id = :earlier where standard_id = :later")
                .bind("earlier", earlier).bind("later", later).execute();
        handle.createUpdate("update standard set merged_into = :earlier where id = :later")
                .bind("earlier", earlier).bind("later", later).execute();
        handle.createUpdate("""
                        insert into standard_link (earlier_id, later_id, linked_by) values (:earlier, :later, :actor)
                        on conflict do nothing""")
                .bind("earlier", earlier).bind("later", later).bind("actor", actor).execute();
        audit.record("link", "standard", earlier, "standard " + later + " continues standard " + earlier);
    }

    private Optional<Long> standardOfKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return handle.createQuery("select standard_id from standard_key where key = :key")
                .bind("key", key).mapTo(Long.class).findOne();
    }

    private List<String> codeKeys(long standardId) {
        return handle.createQuery("select key from standard_key where standard_id = :id and key ~ '^[A-Z]+ code '")
                .bind("id", standardId).mapTo(String.class).list();
    }
}
