package org.profstd.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page over {@code bench.entry} in one statement, so one round trip: the matching entries are found once
 * through the GIN index on the stored tsvector and ranked by {@code ts_rank} into a materialised set that every part
 * of the page reads (the groups with their best rank, the number of groups, the facet counts); only the best groups'
 * entries are read again, by row number for their text and headline and by group key for their cards, so
 * {@code ts_headline} (which parses the text again) runs on ten texts, not on every match. The parts come back as
 * rows of one union, told apart by their first column.
 */
final class PostgresPage {
    /** Cards listed per hit, as the product lists them. */
    static final int MAX_CARDS_PER_HIT = 50;
    /** Values kept per facet dimension, as the product keeps them. */
    static final int MAX_FACET_VALUES = 1000;
    static final List<String> DIMENSIONS = List.of("level", "type", "language", "standard", "jurisdiction", "status");

    private static final String MATCHES = """
            with matched as materialized (
                select e.n, e.group_key, ts_rank(e.tsv, q) as rank, e.type, e.level, e.language, e.standard_id,
                    e.jurisdiction, e.status
                from bench.entry e, websearch_to_tsquery('russian', ?) q
                where e.tsv @@ q and e.status = 'current'),
            groups as materialized (
                select group_key, max(rank) as score, min(n) as head
                from matched
                group by group_key),
            best as (
                select group_key, score, head
                from groups
                order by score desc, group_key
                limit ?)
            select 'total', null, null, count(*), null::real, null, null, null, null, null::text[]
            from groups
            union all
            """;
    /**
     * The facet counts in one pass over the matched entries: PostgreSQL hashes all six grouping sets at once. Measured
     * against six separate aggregates and against one aggregate over the five small dimensions together plus one over
     * the standards (the Lucene index's way): no slower than either, and the simplest.
     */
    private static final String FACETS = """
            select 'facet', case when grouping(level) = 0 then 'level' when grouping(type) = 0 then 'type'
                    when grouping(language) = 0 then 'language' when grouping(standard_id) = 0 then 'standard'
                    when grouping(jurisdiction) = 0 then 'jurisdiction' else 'status' end,
                coalesce(level::text, type, language, standard_id, jurisdiction, status), count(*),
                null::real, null, null, null, null, null::text[]
            from matched
            group by grouping sets ((level), (type), (language), (standard_id), (jurisdiction), (status))
            """;
    private static final String HITS = """
            union all
            select 'hit', null, null, null, b.score, e.type,
                case when e.type = 'standard' then e.standard_title else e.body end,
                ts_headline('russian', e.body, q, 'StartSel=<b>, StopSel=</b>'), e.standard_title,
                array(select c.card_id
                      from bench.entry c
                      where c.group_key = b.group_key and c.card_id is not null
                      group by c.card_id, c.level
                      order by c.level nulls last, c.card_id
                      limit %d)
            from best b
            join bench.entry e on e.n = b.head
            cross join websearch_to_tsquery('russian', ?) q""".formatted(MAX_CARDS_PER_HIT);

    private static final String SQL = MATCHES + FACETS + HITS;

    private PostgresPage() {
    }

    static SearchPage search(Connection connection, String query, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, query);
            statement.setInt(2, limit);
            statement.setString(3, query);
            long total = 0;
            List<SearchPage.Hit> hits = new ArrayList<>();
            Map<String, Map<String, Long>> counts = new HashMap<>();
            DIMENSIONS.forEach(dimension -> counts.put(dimension, new HashMap<>()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "total" -> total = rows.getLong(4);
                        case "facet" -> count(counts, rows.getString(2), rows.getString(3), rows.getLong(4));
                        case "hit" -> hits.add(hit(rows));
                        default -> throw new IllegalStateException("unknown part of a page: " + rows.getString(1));
                    }
                }
            }
            hits.sort(Comparator.comparingDouble(SearchPage.Hit::score).reversed());
            return new SearchPage(total, hits, facets(counts));
        }
    }

    private static SearchPage.Hit hit(ResultSet rows) throws SQLException {
        Array cards = rows.getArray(10);
        List<String> cardIds = cards == null ? List.of() : Arrays.asList((String[]) cards.getArray());
        return new SearchPage.Hit(rows.getString(6), rows.getFloat(5), rows.getString(7), rows.getString(8),
                rows.getString(9), cardIds);
    }

    /** A value counted in a dimension; entries without a value (no level, no jurisdiction) are counted nowhere. */
    private static void count(Map<String, Map<String, Long>> counts, String dimension, String value, long count) {
        if (value != null && !value.isEmpty()) {
            counts.get(dimension).merge(value, count, Long::sum);
        }
    }

    /** Levels in their order (2 before 10), the other values most frequent first; at most a thousand each. */
    private static Map<String, Map<String, Long>> facets(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            Comparator<Map.Entry<String, Long>> order = dimension.equals("level")
                    ? Comparator.comparing(e -> Integer.valueOf(e.getKey()))
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            Map<String, Long> values = new LinkedHashMap<>();
            counts.get(dimension).entrySet().stream().sorted(order).limit(MAX_FACET_VALUES)
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
            facets.put(dimension, values);
        }
        return facets;
    }
}
