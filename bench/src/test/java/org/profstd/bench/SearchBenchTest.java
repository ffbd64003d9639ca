package org.profstd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.Language;
import org.profstd.model.Unit;
import org.profstd.parse.Languages;
import org.profstd.registry.Registry;
import org.profstd.search.SearchService;
import org.profstd.search.eval.RelevanceReport;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.ParsedEditions;
import org.profstd.testkit.TestCorpus;

/** The generator and both engines on a small synthetic registry, so the benchmark keeps working. */
class SearchBenchTest {
    private static final int CARDS = 200;

    @TempDir
    static Path data;
    static Registry registry;
    static List<IndexedStandard> corpus;
    static List<IndexedStandard> synthetic;

    @BeforeAll
    static void start() {
        corpus = CorpusEditions.of(CorpusFiles.load());
        synthetic = new SyntheticRegistry(CorpusVocabulary.of(corpus), SyntheticRegistry.SEED).generate(CARDS);
        registry = Registry.embedded(data.resolve("postgres"), "bench-test");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void theGeneratorMakesTheCardsAskedForTheSameWayEveryTime() {
        assertThat(CorpusEditions.cardCount(synthetic)).isEqualTo(CARDS);
        List<IndexedStandard> again = new SyntheticRegistry(CorpusVocabulary.of(corpus), SyntheticRegistry.SEED)
                .generate(CARDS);
        assertThat(again).extracting(e -> e.standard()).isEqualTo(synthetic.stream().map(e -> e.standard()).toList());
        assertThat(synthetic).extracting(IndexedStandard::editionId).doesNotHaveDuplicates();
    }

    @Test
    void syntheticCardsAreRussianAndKazakhWithTheShapeAndWordsOfRealCards() {
        assertThat(synthetic).extracting(e -> e.standard().language()).contains(Language.RU, Language.KK);
        java.util.Set<String> corpusItems = corpus.stream().flatMap(e -> items(e).stream()).map(Item::text)
                .collect(Collectors.toSet());
        for (IndexedStandard edition : synthetic) {
            for (Card card : edition.standard().cards()) {
                assertThat(card.name()).isNotBlank();
                assertThat(card.level()).isBetween(1, 8);
                assertThat(card.functions()).isNotEmpty();
            }
            assertThat(items(edition)).isNotEmpty().extracting(Item::text).allMatch(corpusItems::contains);
        }
    }

    @Test
    void bothEnginesFindTheCardOfAnItemOnlyOneCardHas() throws Exception {
        Map.Entry<String, String> unique = itemOfOneCard();
        for (SearchEngine engine : engines()) {
            try (engine) {
                engine.load(synthetic);
                assertThat(engine.search(unique.getKey(), 3)).as(engine.name())
                        .extracting(Found::cardId).contains(unique.getValue());
            }
        }
    }

    @Test
    void bothEnginesMatchATextMadeOfACardsAbilitiesToThatCard() throws Exception {
        IndexedStandard edition = synthetic.get(0);
        Card card = edition.standard().cards().get(0);
        String cv = card.functions().stream().flatMap(f -> f.units().stream()).flatMap(u -> u.abilities().stream())
                .map(Item::text).collect(Collectors.joining(". "));
        for (SearchEngine engine : engines()) {
            try (engine) {
                engine.load(synthetic);
                assertThat(engine.match(cv, 10)).as(engine.name())
                        .extracting(Found::cardId).contains(edition.cardId(1));
            }
        }
    }

    @Test
    void relevanceIsScoredAsTheSearchModuleScoresIt() throws Exception {
        Path seeds = TestCorpus.root().resolve("seeds");
        Workload workload = Workload.load();
        List<IndexedStandard> editions = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                editions.addAll(ParsedEditions.of(org.profstd.parse.Standards.parse(seed)));
            }
        }
        RelevanceReport.Summary expected;
        try (SearchService service = RelevanceReport.indexCorpus(seeds.getParent())) {
            expected = new RelevanceReport(service, Path.of("../search/src/test/resources/relevance")).run();
        }
        try (LuceneEngine lucene = LuceneEngine.inFolder(Files.createTempDirectory(data, "lucene"))) {
            lucene.load(editions);
            Relevance.Summary measured = Relevance.of(lucene, workload);
            assertThat(measured.all().judgements()).isEqualTo(expected.lines().size());
            assertThat(measured.all().precisionAtK()).isCloseTo(expected.meanPrecisionAtK(), within());
            assertThat(measured.all().reciprocalRank()).isCloseTo(expected.meanReciprocalRank(), within());
        }
        try (PostgresEngine postgres = new PostgresEngine(registry.jdbcUrl())) {
            postgres.load(editions);
            Relevance.Summary measured = Relevance.of(postgres, workload);
            assertThat(measured.queries().judgements() + measured.texts().judgements()).isEqualTo(24);
            assertThat(measured.all().reciprocalRank()).isGreaterThan(0.3);
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private List<SearchEngine> engines() throws Exception {
        return List.of(LuceneEngine.inFolder(Files.createTempDirectory(data, "lucene")),
                new PostgresEngine(registry.jdbcUrl()));
    }

    /** An item text of at least four words that one card alone has, and that card's id. */
    private static Map.Entry<String, String> itemOfOneCard() {
        Map<String, java.util.Set<String>> cardsByText = new HashMap<>();
        for (IndexedStandard edition : synthetic) {
            List<Card> cards = edition.standard().cards();
            for (int i = 0; i < cards.size(); i++) {
                String cardId = edition.cardId(i + 1);
                cards.get(i).functions().stream().flatMap(f -> f.units().stream()).flatMap(SearchBenchTest::items)
                        .forEach(item -> cardsByText.computeIfAbsent(item.text(), t -> new java.util.HashSet<>())
                                .add(cardId));
            }
        }
        return cardsByText.entrySet().stream()
                .filter(e -> e.getValue().size() == 1 && e.getKey().split("\\s+").length >= 4)
                .filter(e -> !Languages.isKazakh(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).findFirst()
                .map(e -> Map.entry(e.getKey(), e.getValue().iterator().next())).orElseThrow();
    }

    private static List<Item> items(IndexedStandard edition) {
        return edition.standard().cards().stream().flatMap(c -> c.functions().stream())
                .flatMap(f -> f.units().stream()).flatMap(SearchBenchTest::items).toList();
    }

    private static Stream<Item> items(Unit unit) {
        return Stream.of(unit.actions(), unit.abilities(), unit.knowledge()).flatMap(List::stream);
    }
}
