package org.profstd.registry;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Language;
import org.profstd.model.Nullable;
import org.profstd.model.Standard;

/** Reads editions whole (from their stored canonical JSON) and the source lines of their documents. */
final class EditionQueries {
    private final Handle handle;

    EditionQueries(Handle handle) {
        this.handle = handle;
    }

    List<EditionSnapshot> all() {
        return handle.createQuery("""
                        select e.id, e.standard_id, e.status, d.file_name, e.canonical::text as canonical
                        from edition e join source_document d on d.id = e.document_id
                        order by e.standard_id, e.id""")
                .map((rs, ctx) -> new EditionSnapshot(rs.getLong("standard_id"), rs.getLong("id"), rs.getString("status"),
                        rs.getString("file_name"), standard(rs.getString("canonical"))))
                .list();
    }

    /** Every edition of these standards: what the search index re-reads when they change. */
    List<EditionSnapshot> ofStandards(java.util.Collection<Long> standardIds) {
        return ofStandards(standardIds, null);
    }

    /**
     * The editions of the standards in one language, or in any when {@code language} is null; an edition whose
     * language is not recorded is read as Russian, as the index reads it.
     */
    List<EditionSnapshot> ofStandards(java.util.Collection<Long> standardIds, @Nullable Language language) {
        if (standardIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        select e.id, e.standard_id, e.status, d.file_name, e.canonical::text as canonical
                        from edition e join source_document d on d.id = e.document_id
                        where e.standard_id = any(:ids)
                          and (cast(:language as text) is null or coalesce(e.language, 'ru') = :language)
                        order by e.standard_id, e.id""")
                .bindArray("ids", Long.class, standardIds.toArray(new Long[0]))
                .bind("language", language == null ? null : language.value())
                .map((rs, ctx) -> new EditionSnapshot(rs.getLong("standard_id"), rs.getLong("id"), rs.getString("status"),
                        rs.getString("file_name"), standard(rs.getString("canonical"))))
                .list();
    }

    Optional<EditionSnapshot> one(long editionId) {
        return handle.createQuery("""
                        select e.id, e.standard_id, e.status, d.file_name, e.canonical::text as canonical
                        from edition e join source_document d on d.id = e.document_id where e.id = :id""")
                .bind("id", editionId)
                .map((rs, ctx) -> new EditionSnapshot(rs.getLong("standard_id"), rs.getLong("id"), rs.getString("status"),
                        rs.getString("file_name"), standard(rs.getString("canonical"))))
                .findOne();
    }

    Optional<SourceView> source(long editionId) {
        return handle.createQuery("""
                        select d.id, d.file_name, d.format from edition e join source_document d on d.id = e.document_id
                        where e.id = :id""")
                .bind("id", editionId)
                .map((rs, ctx) -> new SourceView(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
                        lines(rs.getLong("id"))))
                .findOne();
    }

    private List<String> lines(long documentId) {
        return handle.createQuery("select text from source_line where document_id = :id order by line_no")
                .bind("id", documentId).mapTo(String.class).list();
    }

    private static Standard standard(String json) {
        try {
            return CanonicalJson.mapper().readValue(json, Standard.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored canonical JSON no longer reads: " + e.getMessage(), e);
        }
    }
}
