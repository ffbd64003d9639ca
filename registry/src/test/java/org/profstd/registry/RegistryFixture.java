package org.profstd.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.profstd.testkit.TestCorpus;

/** Helpers of the registry tests: the shared corpus, and a census of every table to prove that nothing changed. */
final class RegistryFixture {
    static final List<String> TABLES = List.of("source_document", "source_line", "diagnostic", "legal_act", "standard",
            "standard_key", "standard_link", "edition", "edition_source", "classifier_code", "glossary_term",
            "developer", "card", "related_profession", "labor_function", "unit", "item", "audit_log");

    private RegistryFixture() {
    }

    static Path corpus() {
        return TestCorpus.root();
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    static List<Path> corpusFiles() {
        return TestCorpus.all();
    }

    /** The number of rows of every table of the registry. */
    static Map<String, Long> census(Registry registry) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(registry.jdbcUrl()); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static long count(Registry registry, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(registry.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
