package org.profstd.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.profstd.json.CanonicalJson;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;
import org.profstd.search.index.IndexedStandard;

/**
 * Fills a registry with synthetic editions straight through SQL: a benchmark fixture, not the ingest path. It writes
 * what the search index reads from the registry (a standard, its edition with the canonical JSON, one source document
 * they all cite); reading that back and indexing it is the production path the benchmark measures. Ingesting a
 * hundred thousand cards through the parser's tables would take far longer and measure something else.
 */
final class RegistryLoader {
    private static final int BATCH = 200;

    private RegistryLoader() {
    }

    /** Writes the editions; returns, for each edition id the registry gave, the id the edition came with. */
    static Map<String, String> load(String jdbcUrl, List<IndexedStandard> editions) throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            long document = document(c);
            try (PreparedStatement standard = c.prepareStatement(
                    "insert into standard (jurisdiction, code) values (?, ?) returning id");
                 PreparedStatement edition = c.prepareStatement("""
                         insert into edition (standard_id, title, code, jurisdiction, language, version, year,
                             span_start, span_end, status, document_id, content_sha256, canonical)
                         values (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?::jsonb)""", new String[] {"id"})) {
                List<String> batch = new ArrayList<>();
                for (IndexedStandard e : editions) {
                    Standard s = e.standard();
                    String jurisdiction = (s.jurisdiction() == null ? Jurisdiction.KZ : s.jurisdiction()).value();
                    standard.setString(1, jurisdiction);
                    standard.setString(2, s.code());
                    long standardId;
                    try (ResultSet rs = standard.executeQuery()) {
                        rs.next();
                        standardId = rs.getLong(1);
                    }
                    String json = json(s);
                    edition.setLong(1, standardId);
                    edition.setString(2, s.title());
                    edition.setString(3, s.code());
                    edition.setString(4, jurisdiction);
                    edition.setString(5, s.language().value());
                    edition.setString(6, s.version());
                    edition.setObject(7, s.year());
                    edition.setString(8, e.status());
                    edition.setLong(9, document);
                    edition.setString(10, sha256(json));
                    edition.setString(11, json);
                    edition.addBatch();
                    batch.add(e.editionId());
                    if (batch.size() == BATCH) {
                        flush(edition, batch, ids);
                        c.commit();
                    }
                }
                flush(edition, batch, ids);
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            c.commit();
        }
        return ids;
    }

    private static void flush(PreparedStatement edition, List<String> batch, Map<String, String> ids) throws SQLException {
        edition.executeBatch();
        try (ResultSet keys = edition.getGeneratedKeys()) {
            for (String original : batch) {
                keys.next();
                ids.put(String.valueOf(keys.getLong(1)), original);
            }
        }
        batch.clear();
    }

    private static long document(Connection c) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into source_document (sha256, file_name, format, content, received_by)
                values (?, 'synthetic-registry.json', 'json', ?, 'bench') returning id""")) {
            insert.setString(1, sha256("synthetic " + System.nanoTime()));
            insert.setBytes(2, new byte[0]);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String json(Standard standard) throws JsonProcessingException {
        return CanonicalJson.mapper().writeValueAsString(standard);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
