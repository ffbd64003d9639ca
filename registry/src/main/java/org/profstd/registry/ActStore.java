package org.profstd.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.profstd.model.ActRef;
import org.profstd.model.LegalAct;

/**
 * Legal acts, identified by number and date. An act first met as the one another act amends is stored with its number
 * and date only; its own document fills in the rest when it arrives.
 */
final class ActStore {
    private final Handle handle;
    private final AuditLog audit;

    ActStore(Handle handle, AuditLog audit) {
        this.handle = handle;
        this.audit = audit;
    }

    /** The id of the act, stored or completed as needed, or null when the document names no act. */
    Long store(LegalAct act) {
        if (act == null || act.number() == null) {
            return null;
        }
        Long amendsId = act.amends() == null ? null : reference(act.amends());
        long id = reference(new ActRef(act.number(), act.date()));
        int completed = handle.createUpdate("""
                        update legal_act set issuer = coalesce(issuer, :issuer), kind = coalesce(kind, :kind),
                               title = coalesce(title, :title), amends_id = coalesce(amends_id, :amends)
                        where id = :id and (issuer is null and :issuer is not null or kind is null and :kind is not null
                               or title is null and :title is not null or amends_id is null and :amends is not null)""")
                .bind("issuer", act.issuer()).bind("kind", act.kind() == null ? null : act.kind().value())
                .bind("title", act.title())
                .bind("amends", amendsId).bind("id", id).execute();
        if (completed > 0) {
            audit.record("describe", "legal_act", id, act.kind() + " No " + act.number() + " of " + act.date()
                    + (act.amends() == null ? "" : ", amends No " + act.amends().number()));
        }
        return id;
    }

    /** The id of the act with this number and date, inserting a bare row when it is not known yet. */
    private long reference(ActRef ref) {
        LocalDate date = isoDate(ref.date());
        Optional<Long> known = handle.createQuery("""
                        select id from legal_act where number = :number
                        and coalesce(act_date, 'infinity'::date) = coalesce(:date, 'infinity'::date)""")
                .bind("number", ref.number()).bind("date", date).mapTo(Long.class).findOne();
        if (known.isPresent()) {
            return known.get();
        }
        long id = handle.createUpdate("insert into legal_act (number, act_date) values (:number, :date)")
                .bind("number", ref.number()).bind("date", date)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("create", "legal_act", id, "No " + ref.number() + " of " + ref.date());
        return id;
    }

    private static LocalDate isoDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
