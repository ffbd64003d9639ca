package org.profstd.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.profstd.search.index.Entries;
import org.profstd.search.index.Entry;
import org.profstd.search.index.IndexedStandard;

/**
 * PostgreSQL full-text search over the same entries the Lucene index holds (standard, card, function, unit and item
 * texts): a tsvector of the {@code russian} configuration kept in a generated column, a GIN index, queries made by
 * {@code websearch_to_tsquery} and ranked by {@code ts_rank}. Matching a long text ORs its lexemes and ranks cards by
 * the summed rank of their matching entries. The table lives in a schema of its own beside the registry's tables.
 */
final class PostgresEngine implements SearchEngine {
    private static final int COPY_CHUNK_CHARS = 1 << 20;
    private static final String SEARCH = """
            select e.standard_title, e.card_id
            from bench.entry e, websearch_to_tsquery('russian', ?) q
            where e.tsv @@ q
            order by ts_rank(e.tsv, q) desc
            limit ?""";
    /** The text's lexemes joined by OR; quote_literal keeps each lexeme one operand of the tsquery. */
    private static final String MATCH = """
            with q as (
                select string_agg(quote_literal(lexeme), ' | ')::tsquery as q
                from unnest(tsvector_to_array(to_tsvector('russian', ?))) lexeme)
            select min(e.standard_title), e.card_id, sum(ts_rank(e.tsv, q.q)) as score
            from bench.entry e, q
            where e.tsv @@ q.q and e.card_id is not null
            group by e.card_id
            order by score desc
            limit ?""";

    private final Connection connection;

    PostgresEngine(String jdbcUrl) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void load(List<IndexedStandard> editions) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists bench cascade");
            ddl.execute("create schema bench");
            ddl.execute("""
                    create table bench.entry (
                        id             text not null,
                        type           text not null,
                        standard_title text,
                        card_id        text,
                        body           text not null,
                        tsv            tsvector generated always as (to_tsvector('russian', body)) stored)""");
        }
        copy(editions);
        try (Statement ddl = connection.createStatement()) {
            // the index is built once after loading, which is faster than growing it row by row
            ddl.execute("set maintenance_work_mem = '512MB'");
            ddl.execute("create index entry_tsv on bench.entry using gin (tsv)");
            ddl.execute("analyze bench.entry");
            ddl.execute("set work_mem = '64MB'");
        }
    }

    private void copy(List<IndexedStandard> editions) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy bench.entry (id, type, standard_title, card_id, body) from stdin");
        try {
            StringBuilder rows = new StringBuilder(COPY_CHUNK_CHARS + 4096);
            for (IndexedStandard edition : editions) {
                for (Entry entry : Entries.of(edition)) {
                    row(rows, entry);
                    if (rows.length() >= COPY_CHUNK_CHARS) {
                        write(copy, rows);
                    }
                }
            }
            write(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void row(StringBuilder rows, Entry entry) {
        field(rows, entry.id()).append('\t');
        field(rows, entry.type().id()).append('\t');
        field(rows, entry.edition().standard().title()).append('\t');
        field(rows, entry.card() == null ? null : entry.card().id()).append('\t');
        field(rows, entry.text()).append('\n');
    }

    /** A value in COPY's text format: backslash escapes for the separators, \N for null. */
    private static StringBuilder field(StringBuilder rows, String value) {
        if (value == null) {
            return rows.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return rows;
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    @Override
    public List<Found> search(String query, int limit) throws SQLException {
        return found(SEARCH, query, limit);
    }

    @Override
    public List<Found> match(String text, int limit) throws SQLException {
        return found(MATCH, text, limit);
    }

    private List<Found> found(String sql, String text, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, text);
            statement.setInt(2, limit);
            List<Found> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Found(rows.getString(1), rows.getString(2)));
                }
            }
            return found;
        }
    }

    /** Rows loaded, for the report. */
    long entryCount() throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from bench.entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
