package org.profstd.registry;

import org.jdbi.v3.core.Handle;

/** Writes the audit log: every change, in the same transaction as the change itself. */
final class AuditLog {
    private final Handle handle;
    private final String actor;

    AuditLog(Handle handle, String actor) {
        this.handle = handle;
        this.actor = actor;
    }

    void record(String action, String entity, long entityId, String detail) {
        handle.createUpdate("""
                        insert into audit_log (actor, action, entity, entity_id, detail)
                        values (:actor, :action, :entity, :id, :detail)""")
                .bind("actor", actor).bind("action", action).bind("entity", entity).bind("id", entityId)
                .bind("detail", detail).execute();
    }
}
