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
 *
 * <p>Two searches: {@link #search} is the bare top of the ranked entries (what earlier reports measured), and
 * {@link #searchPage} the page the product's search shows (see {@link PostgresPage}), for which each row also holds
 * what a page groups, counts and filters by.
 */
final class PostgresEngine implements SearchEngine {
    static final String NAME = "postgres";
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
        return NAME;
    }

    @Override
    public void load(List<IndexedStandard> editions) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists bench cascade");
            ddl.execute("create schema bench");
            ddl.execute("""
                    create table bench.entry (
                        n              integer generated always as identity,
                        id             text not null,
                        type           text not null,
                        kind           text,
                        standard_title text,
                        card_id        text,
                        body           text not null,
                        group_key      bigint not null,
                        level          smallint,
                        language       text not null,
                        standard_id    text not null,
                        jurisdiction   text,
                        status         text not null,
                        tsv            tsvector generated always as (to_tsvector('russian', body)) stored)""");
        }
        copy(editions);
        try (Statement ddl = connection.createStatement()) {
            // the index is built once after loading, which is faster than growing it row by row
            ddl.execute("set maintenance_work_mem = '512MB'");
            ddl.execute("create index entry_tsv on bench.entry using gin (tsv)");
            // a search page reads its hits back by row number and each hit's cards by its group
            ddl.execute("alter table bench.entry add primary key (n)");
            ddl.execute("create index entry_group on bench.entry (group_key)");
            ddl.execute("analyze bench.entry");
            ddl.execute("set work_mem = '64MB'");
        }
    }

    private void copy(List<IndexedStandard> editions) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy bench.entry (" + EntryRows.COLUMNS + ") from stdin");
        try {
            StringBuilder rows = new StringBuilder(COPY_CHUNK_CHARS + 4096);
            for (IndexedStandard edition : editions) {
                for (Entry entry : Entries.of(edition)) {
                    EntryRows.append(rows, entry);
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

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    @Override
    public List<Found> search(String query, int limit) throws SQLException {
        return found(SEARCH, query, limit);
    }

    /**
     * The search page the product shows for a query (see {@link SearchPage}), the way a PostgreSQL-backed registry
     * would have to make it; {@link #search} is the bare top of the ranked entries.
     */
    SearchPage searchPage(String query, int limit) throws SQLException {
        return PostgresPage.search(connection, query, limit);
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
