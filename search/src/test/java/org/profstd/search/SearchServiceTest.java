package org.profstd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.search.index.Entries;
import org.profstd.search.index.Entry;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.Keys;
import org.profstd.search.index.ParsedEditions;

/**
 * Search over seed 002 (kz-2023, Russian, current) and seed 004 (the Kazakh 2022 edition of "Инфраструктура
 * компьютерных систем", marked superseded by the Russian edition in 002).
 */
class SearchServiceTest {
    private static final String INFRASTRUCTURE = "J63991041";
    private static SearchService service;
    private static List<IndexedStandard> editions;

    @BeforeAll
    static void index() {
        ParseResult order = CorpusIndex.parseSeed("002");
        ParseResult kazakh = CorpusIndex.parseSeed("004");
        editions = new java.util.ArrayList<>(ParsedEditions.of(order));
        Standard older = kazakh.standards().get(0);
        editions.add(new IndexedStandard(INFRASTRUCTURE, INFRASTRUCTURE + "@2022-kk", IndexedStandard.SUPERSEDED,
                older));
        service = new SearchService();
        editions.forEach(service::put);
    }

    @AfterAll
    static void close() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aRussianQueryFindsRussianSkillsWithHighlights() {
        SearchResult result = service.search("администрирование серверов", SearchFilters.NONE, 5);
        assertThat(result.total()).isPositive();
        SearchHit top = result.hits().get(0);
        assertThat(top.standard().title()).isEqualTo("Администрирование серверов");
        assertThat(top.highlight()).contains("<b>");
        assertThat(result.facets().get("language")).containsOnlyKeys("ru");
    }

    @Test
    void aKazakhQueryFindsTheKazakhStandardOnlyInHistory() {
        SearchFilters kazakhItems = SearchFilters.NONE.withType("item").withLanguage("kk");
        assertThat(service.search("ақпараттық қауіпсіздік", kazakhItems, 5).total()).isZero();

        SearchResult history = service.search("ақпараттық қауіпсіздік", kazakhItems.withHistory(true), 5);
        assertThat(history.total()).isPositive();
        assertThat(history.hits()).allSatisfy(hit -> {
            assertThat(hit.standard().id()).isEqualTo(INFRASTRUCTURE);
            assertThat(hit.card()).isNotNull();
        });
        // an ability of "АТ-инфрақұрылым сәулетшілері" (seed 004, line 216)
        assertThat(history.hits()).anySatisfy(hit -> assertThat(hit.highlight())
                .contains("<b>Ақпараттық</b> <b>қауіпсіздік</b>"));
    }

    @Test
    void kazakhInflectedFormsFindEachOther() {
        SearchFilters kazakh = SearchFilters.NONE.withLanguage("kk").withHistory(true);
        SearchResult plural = service.search("деректер", kazakh, 50);
        SearchResult accusative = service.search("деректерді", kazakh, 50);
        assertThat(plural.total()).isPositive().isEqualTo(accusative.total());
    }

    @Test
    void facetsCountWhatTheCorpusHolds() {
        SearchResult all = service.search("", SearchFilters.NONE, 1);
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> levels = new TreeMap<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (IndexedStandard edition : editions) {
            if (edition.status().equals(IndexedStandard.CURRENT)) {
                for (Entry entry : Entries.of(edition)) {
                    texts.add(edition.editionId() + entry.type() + entry.kind() + Keys.name(entry.text()));
                    types.merge(entry.type().id(), 1, Integer::sum);
                    if (entry.card() != null && entry.card().level() != null) {
                        levels.merge(entry.card().level().toString(), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(all.facets().get("type")).isEqualTo(types);
        assertThat(all.facets().get("level")).isEqualTo(levels);
        // facets count entries; hits are the distinct texts of each edition (a text shared by cards is one hit)
        assertThat(all.total()).isEqualTo(texts.size())
                .isLessThan(types.values().stream().mapToLong(Integer::longValue).sum());
        // seed 002 restates 22 standards and carries 14 of them
        assertThat(all.facets().get("type")).containsEntry("standard", 14);

        // seed 004 lists five cards: architects at levels 7, 5 and 6, engineers at levels 6 and 7
        SearchResult kazakhCards = service.search("", SearchFilters.NONE.withType("card")
                .withStandard(INFRASTRUCTURE).withLanguage("kk").withHistory(true), 10);
        assertThat(kazakhCards.facets().get("level")).isEqualTo(Map.of("5", 1, "6", 2, "7", 2));
    }

    @Test
    void shortQueriesForgiveATypo() {
        SearchResult typo = service.search("администрирование серверв", SearchFilters.NONE.withType("card"), 5);
        assertThat(typo.hits()).extracting(hit -> hit.card().name()).contains("Администратор серверов");
    }

    @Test
    void synonymsFindTheWordsOfTheStandards() {
        SearchResult result = service.search("сисадмин", SearchFilters.NONE.withType("card"), 10);
        assertThat(result.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.text()).containsAnyOf(
                "Системный", "администратор", "Администратор"));
        SearchResult security = service.search("ИБ", SearchFilters.NONE.withType("item"), 10);
        assertThat(security.hits()).isNotEmpty().anySatisfy(hit -> assertThat(hit.text().toLowerCase())
                .contains("информационн").contains("безопасност"));
    }

    @Test
    void suggestsCardNamesFunctionsAndSkills() {
        List<Suggestion> suggestions = service.suggest("администратор сер", 10);
        assertThat(suggestions).contains(new Suggestion("Администратор серверов", "card"));
        assertThat(service.suggest("", 5)).isEmpty();
    }

    @Test
    void removingAStandardRemovesItsEntries() {
        IndexedStandard robots = editions.stream()
                .filter(e -> "Обслуживание и программное сопровождение роботов".equals(e.standard().title()))
                .findFirst().orElseThrow();
        SearchFilters filter = SearchFilters.NONE.withStandard(robots.standardId());
        long before = service.search("", filter, 1).total();
        service.remove(robots.standardId());
        assertThat(service.search("", filter, 1).total()).isZero();
        service.put(robots);
        assertThat(service.search("", filter, 1).total()).isEqualTo(before);
    }
}
