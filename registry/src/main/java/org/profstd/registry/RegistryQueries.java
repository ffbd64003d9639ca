package org.profstd.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** The read side of the registry: lists, histories and the edition a standard shows. */
final class RegistryQueries {
    /**
     * The edition a standard shows: a current one (the latest stored, when translations are current together), else
     * its newest edition of any status.
     */
    private static final String SHOWN_EDITION = """
            (select e.id from edition e where e.standard_id = s.id
             order by (e.status = 'current') desc, e.year desc nulls last, e.id desc limit 1)""";

    private final Handle handle;

    RegistryQueries(Handle handle) {
        this.handle = handle;
    }

    List<StandardSummary> standards() {
        return handle.createQuery("""
                        select s.id, s.jurisdiction, coalesce(e.code, s.code) as code, e.title, e.language,
                               e.id as edition_id, e.version, e.year, e.status,
                               (select count(*) from card c where c.edition_id = e.id) as cards
                        from standard s join edition e on e.id = """ + SHOWN_EDITION + """
                        where s.merged_into is null
                        order by s.jurisdiction, coalesce(e.code, s.code) nulls last, e.title, s.id""")
                .map(new SummaryMapper()).list();
    }

    /** The summary of one standard (not merged into another), as {@link #standards()} lists it. */
    Optional<StandardSummary> standard(long standardId) {
        return handle.createQuery("""
                        select s.id, s.jurisdiction, coalesce(e.code, s.code) as code, e.title, e.language,
                               e.id as edition_id, e.version, e.year, e.status,
                               (select count(*) from card c where c.edition_id = e.id) as cards
                        from standard s join edition e on e.id = """ + SHOWN_EDITION + """
                        where s.merged_into is null and s.id = :id""")
                .bind("id", standardId).map(new SummaryMapper()).findOne();
    }

    Optional<Long> shownEdition(long standardId) {
        return handle.createQuery("select " + SHOWN_EDITION + " from standard s where s.id = :id")
                .bind("id", standardId).mapTo(Long.class).findOne();
    }

    String canonicalJson(long editionId) {
        return handle.createQuery("select canonical::text from edition where id = :id")
                .bind("id", editionId).mapTo(String.class).one();
    }

    /** All editions of a standard, oldest first, with their acts and source documents. */
    List<HistoryEntry> history(long standardId) {
        return handle.createQuery("""
                        select e.id, e.title, e.code, e.language, e.version, e.year, e.status, e.status_reason,
                               e.created_at, a.number as act_number, a.act_date, a.issuer, a.kind,
                               m.number as amends_number, m.act_date as amends_date, d.file_name, d.sha256
                        from edition e
                        join source_document d on d.id = e.document_id
                        left join legal_act a on a.id = e.act_id
                        left join legal_act m on m.id = a.amends_id
                        where e.standard_id = :id
                        order by e.year nulls first, e.id""")
                .bind("id", standardId).map(new HistoryMapper()).list();
    }

    private static final class SummaryMapper implements RowMapper<StandardSummary> {
        @Override
        public StandardSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new StandardSummary(rs.getLong("id"), rs.getString("title"), rs.getString("code"),
                    rs.getString("jurisdiction"), rs.getString("language"),
                    new StandardSummary.EditionRef(rs.getLong("edition_id"), rs.getString("version"),
                            (Integer) rs.getObject("year"), rs.getString("status")),
                    rs.getInt("cards"));
        }
    }

    private static final class HistoryMapper implements RowMapper<HistoryEntry> {
        @Override
        public HistoryEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
            HistoryEntry.Act act = rs.getString("act_number") == null ? null : new HistoryEntry.Act(
                    rs.getString("act_number"), string(rs, "act_date"), rs.getString("issuer"), rs.getString("kind"),
                    rs.getString("amends_number"), string(rs, "amends_date"));
            return new HistoryEntry(rs.getLong("id"), rs.getString("title"), rs.getString("code"),
                    rs.getString("language"), rs.getString("version"), (Integer) rs.getObject("year"),
                    rs.getString("status"), rs.getString("status_reason"), act, rs.getString("file_name"),
                    rs.getString("sha256"), rs.getObject("created_at", OffsetDateTime.class));
        }

        private static String string(ResultSet rs, String column) throws SQLException {
            Object value = rs.getObject(column);
            return value == null ? null : value.toString();
        }
    }
}
