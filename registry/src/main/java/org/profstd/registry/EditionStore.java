package org.profstd.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.profstd.json.CanonicalJson;
import org.profstd.model.EditionStatus;
import org.profstd.model.Standard;

/** Editions: their passport columns, their canonical JSON, their status. */
final class EditionStore {
    static final String CURRENT = EditionStatus.CURRENT.value();
    static final String SUPERSEDED = EditionStatus.SUPERSEDED.value();
    static final String WITHDRAWN = EditionStatus.WITHDRAWN.value();

    private final Handle handle;
    private final AuditLog audit;

    EditionStore(Handle handle, AuditLog audit) {
        this.handle = handle;
        this.audit = audit;
    }

    Optional<Long> withContent(long standardId, String contentSha256) {
        return handle.createQuery("select id from edition where standard_id = :standard and content_sha256 = :sha")
                .bind("standard", standardId).bind("sha", contentSha256).mapTo(Long.class).findOne();
    }

    /**
     * The edition of a standard that a document publishes again: the same language, version and year (a DOCX and its
     * text conversion, whose content may differ where a reader did), or the same language and legal act with no
     * version or year that contradicts it (the text and the registry XML of one order, one of which may print no year
     * or version). Either order of ingest finds the same edition.
     */
    Optional<Long> sameEdition(long standardId, Standard s, Long actId) {
        if (s.version() != null && s.year() != null) {
            Optional<Long> printed = handle.createQuery("select id from edition where standard_id = :standard"
                            + " and language = :language and version = :version and year = :year order by id limit 1")
                    .bind("standard", standardId).bind("language", s.language().value()).bind("version", s.version())
                    .bind("year", s.year()).mapTo(Long.class).findOne();
            if (printed.isPresent()) {
                return printed;
            }
        }
        if (actId == null) {
            return Optional.empty();
        }
        return handle.createQuery("""
                        select id from edition where standard_id = :standard and language = :language and act_id = :act
                        and (version is null or cast(:version as text) is null or version = :version)
                        and (year is null or cast(:year as integer) is null or year = :year)
                        order by id limit 1""")
                .bind("standard", standardId).bind("language", s.language().value()).bind("act", actId)
                .bind("version", s.version()).bind("year", s.year()).mapTo(Long.class).findOne();
    }

    /** Stores a new edition, first as superseded: {@link #settleStatuses} decides which edition is current. */
    long insert(long standardId, Standard s, Long actId, long documentId, String contentSha256) {
        long id = handle.createUpdate("""
                        insert into edition (standard_id, title, code, registration_number, jurisdiction, language, format, version,
                            year, review_date, description, activity, purpose, span_start, span_end, act_id, status,
                            document_id, content_sha256, canonical)
                        values (:standard, :title, :code, :registration, :jurisdiction, :language, :format, :version, :year,
                            :review, :description, :activity, :purpose, :spanStart, :spanEnd, :act, 'superseded',
                            :document, :sha, cast(:json as jsonb))""")
                .bind("standard", standardId).bind("title", s.title()).bind("code", s.code())
                .bind("registration", s.registrationNumber()).bind("jurisdiction", s.jurisdiction().value())
                .bind("language", s.language().value())
                .bind("format", s.format()).bind("version", s.version()).bind("year", s.year())
                .bind("review", s.reviewDate()).bind("description", s.description())
                .bind("activity", s.activity()).bind("purpose", s.purpose())
                .bind("spanStart", s.span() == null ? 0 : s.span().startLine())
                .bind("spanEnd", s.span() == null ? 0 : s.span().endLine())
                .bind("act", actId).bind("document", documentId).bind("sha", contentSha256)
                .bind("json", json(s))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        audit.record("create", "edition", id, "standard " + standardId + ", version " + s.version() + ", " + s.year()
                + ", " + s.language());
        return id;
    }

    /**
     * Makes the newest edition current (with its translations: editions of the same year and version in other
     * languages) and every other edition that is not withdrawn superseded; each change is audited.
     */
    void settleStatuses(long standardId) {
        List<Row> rows = handle.createQuery("""
                        select id, year, version, language, status from edition
                        where standard_id = :standard and status <> 'withdrawn'""")
                .bind("standard", standardId)
                .map((rs, ctx) -> new Row(new EditionOrder.Key(rs.getLong("id"), (Integer) rs.getObject("year"),
                        rs.getString("version")), rs.getString("language"), rs.getString("status")))
                .list();
        if (rows.isEmpty()) {
            return;
        }
        List<Row> newestFirst = rows.stream()
                .sorted((a, b) -> EditionOrder.OLDEST_FIRST.compare(b.key(), a.key())).toList();
        EditionOrder.Key newest = newestFirst.get(0).key();
        java.util.Set<String> languagesTaken = new java.util.HashSet<>();
        for (Row row : newestFirst) {
            boolean current = EditionOrder.samePublication(row.key(), newest) && languagesTaken.add(row.language());
            setStatus(row, current ? CURRENT : SUPERSEDED);
        }
    }

    /** Withdraws the standard's editions that are in force; returns how many were. */
    int withdraw(long standardId, String reason) {
        List<Long> ids = handle.createQuery("""
                        select id from edition where standard_id = :standard and status = 'current' order by id""")
                .bind("standard", standardId).mapTo(Long.class).list();
        for (long id : ids) {
            handle.createUpdate("update edition set status = 'withdrawn', status_reason = :reason where id = :id")
                    .bind("reason", reason).bind("id", id).execute();
            audit.record("withdraw", "edition", id, reason);
        }
        return ids.size();
    }

    String status(long editionId) {
        return handle.createQuery("select status from edition where id = :id")
                .bind("id", editionId).mapTo(String.class).one();
    }

    private void setStatus(Row row, String status) {
        if (status.equals(row.status())) {
            return;
        }
        handle.createUpdate("update edition set status = :status where id = :id")
                .bind("status", status).bind("id", row.key().editionId()).execute();
        audit.record("status", "edition", row.key().editionId(), row.status() + " -> " + status);
    }

    private static String json(Standard s) {
        try {
            return CanonicalJson.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model always serialises", e);
        }
    }

    private record Row(EditionOrder.Key key, String language, String status) {
    }
}
