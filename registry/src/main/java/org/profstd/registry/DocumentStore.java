package org.profstd.registry;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.profstd.model.Diagnostic;
import org.profstd.model.ParseResult;

/** Source documents: their bytes, their lines, their diagnostics. */
final class DocumentStore {
    private final Handle handle;

    DocumentStore(Handle handle) {
        this.handle = handle;
    }

    Optional<Long> idOf(String sha256) {
        return handle.createQuery("select id from source_document where sha256 = :sha")
                .bind("sha", sha256).mapTo(Long.class).findOne();
    }

    long insert(ParseResult result, byte[] bytes, List<String> lines, String actor) {
        long id = handle.createUpdate("""
                        insert into source_document (sha256, file_name, format, language, content, received_by)
                        values (:sha, :file, :format, :language, :content, :actor)""")
                .bind("sha", result.source().sha256())
                .bind("file", result.source().file())
                .bind("format", result.source().format())
                .bind("language", result.source().language() == null ? null : result.source().language().value())
                .bind("content", bytes)
                .bind("actor", actor)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertLines(id, lines);
        insertDiagnostics(id, result.diagnostics());
        return id;
    }

    private void insertLines(long documentId, List<String> lines) {
        PreparedBatch batch = handle.prepareBatch(
                "insert into source_line (document_id, line_no, text) values (:doc, :line, :text)");
        for (int i = 0; i < lines.size(); i++) {
            batch.bind("doc", documentId).bind("line", i + 1).bind("text", withoutNul(lines.get(i))).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private void insertDiagnostics(long documentId, List<Diagnostic> diagnostics) {
        PreparedBatch batch = handle.prepareBatch("""
                insert into diagnostic (document_id, position, severity, code, line_no, message)
                values (:doc, :position, :severity, :code, :line, :message)""");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            batch.bind("doc", documentId).bind("position", i).bind("severity", d.severity().value())
                    .bind("code", d.code().code()).bind("line", d.line()).bind("message", d.message()).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    void addEditionSource(long editionId, long documentId) {
        handle.createUpdate("""
                        insert into edition_source (edition_id, document_id) values (:edition, :doc)
                        on conflict do nothing""")
                .bind("edition", editionId).bind("doc", documentId).execute();
    }

    /** PostgreSQL text cannot hold NUL characters; a stray one in a conversion is dropped. */
    private static String withoutNul(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
