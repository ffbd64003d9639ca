package org.profstd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.Registry;
import org.profstd.search.index.Entries;
import org.profstd.search.index.Entry;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.Keys;

/**
 * PostgreSQL's search page over the corpus, held to what plain SQL and the entries themselves say: the groups counted
 * are the distinct texts of the entries that match, the facet counts are those of the matching rows, and the hits are
 * the best ranked, highlighted, with their cards.
 */
class PostgresPageTest {
    private static final String QUERY = "сервер";

    @TempDir
    static Path data;
    static Registry registry;
    static PostgresEngine postgres;
    static List<IndexedStandard> corpus;

    @BeforeAll
    static void load() throws Exception {
        corpus = CorpusEditions.of(CorpusFiles.load());
        registry = Registry.embedded(data.resolve("postgres"), "test");
        postgres = new PostgresEngine(registry.jdbcUrl());
        postgres.load(corpus);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
        registry.close();
    }

    @Test
    void theTotalCountsTheDistinctTextsOfEachEditionThatMatch() throws Exception {
        Set<String> matched = matchedIds(QUERY);
        Set<String> groups = new HashSet<>();
        for (Entry entry : corpusEntries()) {
            if (matched.contains(entry.id())) {
                groups.add(String.join("|", entry.edition().editionId(), entry.type().id(),
                        String.valueOf(entry.kind()), Keys.name(entry.text())));
            }
        }
        SearchPage page = postgres.searchPage(QUERY, 10);

        assertThat(matched).hasSizeGreaterThan(10);
        assertThat(groups).hasSizeLessThan(matched.size());
        assertThat(page.total()).isEqualTo(groups.size());
    }

    @Test
    void facetsCountEveryMatchingEntry() throws Exception {
        SearchPage page = postgres.searchPage(QUERY, 10);

        assertThat(page.facets()).containsOnlyKeys(PostgresPage.DIMENSIONS);
        assertThat(page.facets().get("level")).isNotEmpty().isEqualTo(countsBy("level::text"));
        assertThat(page.facets().get("type")).isEqualTo(countsBy("type"));
        assertThat(page.facets().get("standard")).isEqualTo(countsBy("standard_id"));
        assertThat(page.facets().get("language")).isEqualTo(countsBy("language"));
        assertThat(page.facets().get("status")).containsOnlyKeys(IndexedStandard.CURRENT);
        long entries = page.facets().get("type").values().stream().mapToLong(Long::longValue).sum();
        assertThat(entries).isEqualTo(matchedIds(QUERY).size());
    }

    @Test
    void hitsAreTheBestRankedGroupsHighlightedWithTheirCards() throws Exception {
        SearchPage page = postgres.searchPage(QUERY, 10);

        assertThat(page.hits()).hasSize(10);
        assertThat(page.hits()).extracting(SearchPage.Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(page.hits().get(0).score()).isEqualTo(bestRank(QUERY));
        for (SearchPage.Hit hit : page.hits()) {
            assertThat(hit.headline()).as(hit.text()).contains("<b>", "</b>");
            assertThat(hit.standardTitle()).isNotBlank();
            if (hit.type().equals("standard")) {
                assertThat(hit.cardIds()).as(hit.text()).isEmpty();
            } else {
                assertThat(hit.cardIds()).as(hit.text()).isNotEmpty().allMatch(id -> id.contains("/"));
            }
        }
    }

    @Test
    void aQueryThatMatchesNothingGivesAnEmptyPage() throws Exception {
        SearchPage page = postgres.searchPage("квазиэлектродинамика", 10);

        assertThat(page.total()).isZero();
        assertThat(page.hits()).isEmpty();
        assertThat(page.facets().values()).allMatch(Map::isEmpty);
    }

    private static List<Entry> corpusEntries() {
        return corpus.stream().flatMap(edition -> Entries.of(edition).stream()).toList();
    }

    private static Set<String> matchedIds(String query) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(registry.jdbcUrl());
                PreparedStatement select = c.prepareStatement(
                        "select id from bench.entry where tsv @@ websearch_to_tsquery('russian', ?)")) {
            select.setString(1, query);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertThat(ids.add(rows.getString(1))).as("entry ids are unique").isTrue();
                }
            }
        }
        return ids;
    }

    /** Matching entries per value of a column, as plain SQL counts them (rows without a value left out). */
    private static Map<String, Long> countsBy(String column) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(registry.jdbcUrl());
                PreparedStatement select = c.prepareStatement("select " + column + ", count(*) from bench.entry where "
                        + "tsv @@ websearch_to_tsquery('russian', ?) and " + column + " is not null group by 1")) {
            select.setString(1, QUERY);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static float bestRank(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(registry.jdbcUrl());
                PreparedStatement select = c.prepareStatement("select max(ts_rank(tsv, q)) from bench.entry, "
                        + "websearch_to_tsquery('russian', ?) q where tsv @@ q")) {
            select.setString(1, query);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getFloat(1);
            }
        }
    }
}
