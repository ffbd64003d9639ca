package org.profstd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.profstd.model.Jurisdiction;
import org.profstd.model.ParseResult;
import org.profstd.search.index.Entries;
import org.profstd.search.index.Entry;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.Keys;
import org.profstd.search.index.ParsedEditions;

/**
 * Results a person can use, over seeds 002 (kz-2023, 14 standards in Russian), 003 (06.024 of Russia) and 004 (the
 * Kazakh 2022 edition of "Инфраструктура компьютерных систем", superseded by the Russian one in 002).
 */
class SearchResultsTest {
    private static final String INFRASTRUCTURE = "J63991041";
    private static SearchService service;
    private static final List<IndexedStandard> editions = new ArrayList<>();

    @BeforeAll
    static void index() {
        ParseResult order = CorpusIndex.parseSeed("002");
        ParseResult russian = CorpusIndex.parseSeed("003");
        ParseResult kazakh = CorpusIndex.parseSeed("004");
        editions.addAll(ParsedEditions.of(order));
        editions.addAll(ParsedEditions.of(russian));
        editions.add(new IndexedStandard(INFRASTRUCTURE, INFRASTRUCTURE + "@2022-kk", IndexedStandard.SUPERSEDED,
                kazakh.standards().get(0)));
        service = new SearchService();
        service.putAll(editions);
    }

    @AfterAll
    static void close() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void anExactTitlePutsItsStandardFirst() {
        SearchHit top = service.search("администрирование серверов", SearchFilters.NONE, 10).hits().get(0);
        assertThat(top.type()).isEqualTo("standard");
        assertThat(top.standard().code()).isEqualTo("J074");
        assertThat(top.text()).isEqualTo("Администрирование серверов");
        // any case, ё, and punctuation around the words
        assertThat(service.search("  «Администрирование СЕРВЕРОВ». ", SearchFilters.NONE, 1).hits().get(0).type())
                .isEqualTo("standard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"J074", "j074", " J074. "})
    void aStandardCodePutsItsStandardFirst(String code) {
        SearchResult result = service.search(code, SearchFilters.NONE, 5);
        assertThat(result.hits().get(0).type()).isEqualTo("standard");
        assertThat(result.hits().get(0).standard().title()).isEqualTo("Администрирование серверов");
        // then what the standard holds
        assertThat(result.total()).isGreaterThan(1);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.standard().code()).isEqualTo("J074"));
    }

    @Test
    void aRussianCodeAndRegistrationNumberPutTheirStandardFirst() {
        // seed 003: code 06.024, registration number 562
        for (String query : List.of("06.024", "562")) {
            SearchHit top = service.search(query, SearchFilters.NONE, 5).hits().get(0);
            assertThat(top.type()).as(query).isEqualTo("standard");
            assertThat(top.standard().code()).as(query).isEqualTo("06.024");
        }
    }

    @Test
    void anOccupationCodePutsItsCardsFirst() {
        // seed 002, line 2924: "Проектировщик программного обеспечения", occupation code 2512-1-006
        SearchResult result = service.search("2512-1-006", SearchFilters.NONE, 3);
        SearchHit top = result.hits().get(0);
        assertThat(top.type()).isEqualTo("card");
        assertThat(top.card().name()).isEqualTo("Проектировщик программного обеспечения");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/01.3", "А/01.3", "а/01.3"}) // Latin, Cyrillic and lower-case Cyrillic letter
    void aFunctionCodeWithLatinOrCyrillicLetterPutsItsFunctionFirst(String code) {
        // seed 003, line 62: function A/01.3 of 06.024
        SearchHit top = service.search(code, SearchFilters.NONE, 3).hits().get(0);
        assertThat(top.type()).isEqualTo("function");
        assertThat(top.standard().code()).isEqualTo("06.024");
        assertThat(top.text()).startsWith("Обработка обращений клиентов");
    }

    @Test
    void oneTextInSeveralCardsOfAStandardIsOneHitListingItsCards() {
        Map<String, Set<String>> cardsOfText = new LinkedHashMap<>();
        IndexedStandard edition = editions.get(0);
        for (IndexedStandard e : editions) {
            for (Entry entry : Entries.of(e)) {
                if (entry.type() == EntryType.ITEM) {
                    cardsOfText.computeIfAbsent(e.editionId() + "|" + entry.text(), k -> new LinkedHashSet<>())
                            .add(entry.card().id());
                }
            }
        }
        String shared = cardsOfText.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .filter(e -> e.getKey().split("\\|", 2)[1].split(" ").length >= 4).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        String text = shared.split("\\|", 2)[1];
        SearchResult result = service.search(text, SearchFilters.NONE.withType("item"), 20);
        List<SearchHit> same = result.hits().stream().filter(h -> h.text().equals(text)).toList();
        assertThat(same).hasSize(1);
        assertThat(same.get(0).cards()).extracting(CardRef::id).containsExactlyInAnyOrderElementsOf(cardsOfText.get(shared));
        assertThat(same.get(0).card()).isEqualTo(same.get(0).cards().get(0));
        assertThat(edition).isNotNull();
    }

    @Test
    void pagesReachEveryHitOnce() {
        String query = "программного обеспечения";
        SearchResult first = service.search(query, SearchFilters.NONE, 0, 20);
        assertThat(first.total()).isGreaterThan(50);
        Set<String> seen = new HashSet<>();
        int pages = 0;
        for (int offset = 0; offset < first.total(); offset += 20) {
            SearchResult page = service.search(query, SearchFilters.NONE, offset, 20);
            assertThat(page.total()).isEqualTo(first.total());
            assertThat(page.offset()).isEqualTo(offset);
            page.hits().forEach(h -> assertThat(seen.add(h.standard().id() + h.type() + h.text() + h.cards()))
                    .as("hit seen twice: " + h.text()).isTrue());
            pages++;
        }
        assertThat(seen).hasSize((int) first.total());
        assertThat(pages).isGreaterThan(2);
        assertThat(service.search(query, SearchFilters.NONE, (int) first.total(), 20).hits()).isEmpty();
    }

    @Test
    void theLevelFacetIsInLevelOrderAndJurisdictionAndStatusAreCounted() {
        SearchResult all = service.search("", SearchFilters.NONE.withHistory(true), 1);
        List<Integer> levels = all.facets().get("level").keySet().stream().map(Integer::valueOf).toList();
        assertThat(levels).hasSizeGreaterThan(3).isSorted();
        assertThat(all.facets().get("jurisdiction")).containsOnlyKeys("KZ", "RU");
        int kazakhEntries = Entries.of(editions.get(editions.size() - 1)).size();
        assertThat(all.facets().get("status")).containsEntry("superseded", kazakhEntries).containsKey("current");

        SearchResult russian = service.search("", SearchFilters.NONE.withJurisdiction("RU"), 1);
        int russianEntries = editions.stream().filter(e -> e.standard().jurisdiction() == Jurisdiction.RU)
                .mapToInt(e -> Entries.of(e).size()).sum();
        assertThat(russian.facets().get("jurisdiction")).isEqualTo(Map.of("RU", russianEntries));
        SearchResult superseded = service.search("", SearchFilters.NONE.withStatus("superseded"), 1);
        assertThat(superseded.facets().get("status")).isEqualTo(Map.of("superseded", kazakhEntries));
    }

    @Test
    void aQueryWhoseWordsHaveASynonymOfSeveralWordsNeedsAllItsWords() {
        // "техническая поддержка" has synonyms of two words each (служба поддержки, поддержка пользователей): the
        // query is still three words, all needed, not a long one of which one part would do
        SearchResult result = service.search("техническая поддержка пользователей", SearchFilters.NONE, 500);
        SearchResult users = service.search("пользователей", SearchFilters.NONE, 1);
        assertThat(result.total()).isPositive().isLessThan(users.total());
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.highlight().toLowerCase())
                .contains("<b>пользовател").containsAnyOf("<b>поддержк", "<b>хелпдеск", "<b>helpdesk"));
    }

    @Test
    void theWordsAsTypedRankAboveTheirSynonyms() {
        // "техническая поддержка" has the synonyms хелпдеск, helpdesk, служба поддержки and поддержка пользователей;
        // entries that say "техническая поддержка" come first
        List<SearchHit> hits = service.search("техническая поддержка", SearchFilters.NONE, 5).hits();
        assertThat(hits).hasSize(5).allSatisfy(hit -> assertThat(hit.highlight().toLowerCase())
                .contains("<b>техническ").contains("<b>поддержк"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "\" *", "?!"})
    void aQueryWithoutWordsFindsNothingAndSaysWhy(String query) {
        SearchResult result = service.search(query, SearchFilters.NONE, 10);
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.hint().code()).isEqualTo(SearchHint.NO_WORDS);
        assertThat(result.hint().message()).contains("no letters or digits");
    }

    @Test
    void aQueryOfCommonWordsOnlyFindsNothingAndSaysWhy() {
        SearchResult result = service.search("и в на", SearchFilters.NONE, 10);
        assertThat(result.total()).isZero();
        assertThat(result.hint().code()).isEqualTo(SearchHint.ONLY_COMMON_WORDS);
        assertThat(service.search("администрирование", SearchFilters.NONE, 1).hint()).isNull();
    }

    @Test
    void aKazakhCompoundAndItsSplitFormFindEachOther() {
        SearchFilters kazakh = SearchFilters.NONE.withLanguage("kk").withHistory(true);
        // seed 004, line 614: an ability with "Дерекқордың"; line 40: the glossary term "Деректер қоры"
        SearchResult joined = service.search("дерекқор", kazakh, 10);
        SearchResult apart = service.search("деректер қоры", kazakh, 10);
        assertThat(joined.hits()).anySatisfy(h -> assertThat(h.highlight()).contains("<b>Дерекқордың</b>"));
        assertThat(joined.hits()).anySatisfy(h -> assertThat(h.highlight()).contains("<b>Деректер</b> <b>қоры</b>"));
        assertThat(apart.hits()).anySatisfy(h -> assertThat(h.highlight()).contains("<b>Дерекқордың</b>"));
        assertThat(apart.hits()).anySatisfy(h -> assertThat(h.highlight()).contains("<b>Деректер</b> <b>қоры</b>"));
    }

    @Test
    void russianPrefixesAreCompletedFromCurrentEditions() {
        assertThat(service.suggest("админ", 10)).contains(new Suggestion("Администратор серверов", "card"));
        assertThat(service.suggest("администратор сер", 10)).contains(new Suggestion("Администратор серверов", "card"));
        // seed 003, function A/01.3 of 06.024
        assertThat(service.suggest("обработка обращ", 10)).extracting(Suggestion::text)
                .anySatisfy(text -> assertThat(text).startsWith("Обработка обращений клиентов"));
        assertThat(service.suggest("\"", 5)).isEmpty();
    }

    @Test
    void kazakhPrefixesAreCompletedFromTheKazakhEditionMarkedAsHistory() {
        // seed 004, the card "АТ-инфрақұрылым сәулетшілері"; the edition is superseded
        List<Suggestion> suggestions = service.suggest("инфрақұ", 10);
        assertThat(suggestions).contains(new Suggestion("АТ-инфрақұрылым сәулетшілері", "card", true));
        assertThat(suggestions).allSatisfy(s -> assertThat(s.history()).isTrue());
        assertThat(service.suggest("ақпараттық тех", 10)).extracting(Suggestion::text)
                .contains("Ақпараттық технологиялар инфрақұрылымы инженері");
    }

    @Test
    void keysOfCodesAndNamesFoldWhatPeopleTypeDifferently() {
        assertThat(Keys.code("а/01.3")).isEqualTo("A/01.3");
        assertThat(Keys.code(" 06.024. ")).isEqualTo("06.024");
        assertThat(Keys.name("  «Администрирование СЕРВЕРОВ». ")).isEqualTo("администрирование серверов");
        assertThat(Keys.mayBeCode("2512-1-006")).isTrue();
        assertThat(Keys.mayBeCode("администрирование серверов")).isFalse();
    }
}
