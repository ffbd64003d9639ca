package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.profstd.search.CardMatch;
import org.profstd.search.CorpusIndex;
import org.profstd.search.Evidence;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.search.SearchService;

/** Vacancies written for the standards of the corpus put the right standard first. */
class CardMatcherTest {
    private static SearchService service;

    @BeforeAll
    static void index() {
        try {
            service = org.profstd.search.eval.RelevanceReport.indexWholeCorpus(CorpusIndex.root());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // user support accepts both support standards, a Kazakh text both editions of its standard (relevance-set.md)
            "helpdesk.txt|Поддержка пользователей ИТ;Специалист по технической поддержке информационно-коммуникационных систем",
            "sysadmin.txt|Администрирование серверов;Сетевые, системные администраторы и администраторы серверов",
            "data-engineer.txt|Разработка систем обработки и хранения больших данных",
            "game-animator.txt|Разработка анимационных фильмов, видеоигр и интерактивных 3D-приложений",
            "kk-it-infrastructure.txt|Компьютерлік жүйелердің инфрақұрылымы;Инфраструктура компьютерных систем"})
    void aVacancyPutsTheRightStandardFirst(String vacancy, String standards) throws IOException {
        MatchResult result = service.match(text(vacancy), 5);
        CardMatch best = result.matches().get(0);
        assertThat(best.standard().title()).isIn((Object[]) standards.split(";"));
        assertThat(best.coverage()).isBetween(0.0, 1.0);
        assertThat(result.matches()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        best.evidence().forEach(e -> {
            assertThat(e.kind()).isIn("ability", "knowledge", "action");
            assertThat(text(vacancy)).contains(e.source());
        });
    }

    @Test
    void cardsReadTogetherHaveTheEntriesEachHasReadAlone() {
        List<String> cardIds = new java.util.ArrayList<>(service.match(text("helpdesk.txt"), 10).matches().stream()
                .map(m -> m.card().id()).toList());
        cardIds.addAll(service.match(text("kk-it-infrastructure.txt"), 10).matches().stream()
                .map(m -> m.card().id()).toList());
        cardIds.add(1, "no-such-card");
        try (CardSource.View view = new LuceneCards(service.index()).open()) {
            var together = view.entries(cardIds);
            assertThat(together.keySet()).containsExactlyElementsOf(cardIds.stream()
                    .filter(id -> !id.equals("no-such-card")).distinct().toList());
            together.forEach((cardId, entries) -> {
                assertThat(entries).hasSizeGreaterThan(1).isEqualTo(view.entries(cardId));
                assertThat(entries.get(0).get(0)).as("the card's own entry comes first").isEqualTo("card");
            });
        }
    }

    @Test
    void evidenceQuotesTheSentenceThatShowsTheRequirement() {
        CardMatch animator = service.match(text("game-animator.txt"), 1).matches().get(0);
        assertThat(animator.evidence()).anySatisfy(e -> {
            assertThat(e.requirement()).isEqualTo("Создавать простые аниматики по готовым раскадровкам");
            assertThat(e.kind()).isEqualTo("ability");
            assertThat(e.source()).isEqualTo("разработка раскадровок и аниматиков.");
        });
    }

    @Test
    void aKazakhPostingMatchesTheKazakhAndTheRussianTextOfItsStandard() {
        List<String> standards = service.match(text("kk-it-infrastructure.txt"), 10).matches().stream()
                .map(m -> m.standard().title()).distinct().limit(3).toList();
        assertThat(standards).contains("Компьютерлік жүйелердің инфрақұрылымы", "Инфраструктура компьютерных систем");
    }

    @Test
    void anEnglishPostingMatchesItsStandardThroughTheVocabulary() throws IOException {
        String posting = Files.readString(Path.of("src", "test", "resources", "relevance", "postings",
                "en-009-data-engineer.txt"));
        CardMatch best = service.match(posting, 3).matches().get(0);
        assertThat(best.standard().title()).isEqualTo("Разработка систем обработки и хранения больших данных");
        assertThat(best.why().tools()).isNotEmpty();
        assertThat(best.evidence()).anySatisfy(e -> assertThat(e.via()).isNotEmpty());
    }

    @Test
    void everyMatchSaysWhyAndItsPartsMakeTheScore() {
        for (CardMatch m : service.match(text("game-animator.txt"), 5).matches()) {
            var why = m.why();
            double parts = why.requirements() + (why.title() == null ? 0 : why.title().score()) + why.named();
            assertThat(m.score()).isCloseTo(parts * why.levelFactor(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(why.requirements()).isCloseTo(m.evidence().stream().mapToDouble(e -> e.weight()).sum(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void gapSplitsTheCardsRequirementsIntoMetAndNotMet() {
        CardMatch best = service.match(text("sysadmin.txt"), 1).matches().get(0);
        GapResult gap = service.gap(text("sysadmin.txt"), best.card().id()).orElseThrow();
        assertThat(gap.card()).isEqualTo(best.card());
        assertThat(gap.met()).hasSameSizeAs(best.evidence());
        assertThat(gap.notMet()).isNotEmpty();
        assertThat((double) gap.met().size() / (gap.met().size() + gap.notMet().size()))
                .isCloseTo(best.coverage(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(service.gap("text", "no-such/1")).isEmpty();
    }

    @Test
    void theLevelOfTheTextRanksTheLevelsOfOneProfession() {
        String junior = "Junior администратор облачных технологий: администрирование облачных сервисов.";
        String senior = "Ведущий администратор облачных технологий: администрирование облачных сервисов.";
        assertThat(levelOfFirst(junior)).isLessThan(levelOfFirst(senior));
    }

    @Test
    void oneTranslatedWordNamesNoCardButAToolMayCompleteAName() {
        // "developer" translates to "разработчик программного обеспечения": alone it names no card
        List<CardMatch> gpu = service.match("GPU developer: C++ kernels, OpenCL, multi-GPU computing for physics"
                + " simulations.", 10).matches();
        assertThat(gpu.get(0).standard().title()).isEqualTo("Разработка параллельных и распределенных программ");
        assertThat(gpu).allSatisfy(m -> assertThat(m.why().named()).isZero());
        // the text's own "облачной" and the tool OpenStack name "Облачные технологии"
        CardMatch cloud = service.match("Администратор облачной платформы на базе OpenStack", 1).matches().get(0);
        assertThat(cloud.standard().title()).isEqualTo("Облачные технологии");
        assertThat(cloud.why().named()).isPositive();
    }

    @Test
    void aKazakhPostingTypedWithoutKazakhLettersIsReadAsKazakh() {
        String posting = "Колдау кызметинин маманы\nКызметкерлердин отiнiмдерiн кабылдау, принтерлерди косу,"
                + " пайдаланушыларга пароль ауыстыруга комектесу, кенес беру.";
        CardMatch best = service.match(posting, 1).matches().get(0);
        assertThat(best.standard().title()).isIn("Поддержка пользователей ИТ",
                "Специалист по технической поддержке информационно-коммуникационных систем");
        assertThat(best.evidence()).anySatisfy(e -> assertThat(e.via()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2018 alphabet|Jelilik ákimshi\\nKeńsedegi jergilikti jelini baptaý jáne qadaǵalaý, kommýtatorlar men"
                    + " marshrýtızatorlardy ornatý.\\nJelidegi aqaýlardy tabý jáne joıý.",
            "ASCII|Jelilik akimshi\\nKensedegi jergilikti jelini baptau jane qadagalau, kommutatorlar men"
                    + " marshrutizatorlardy ornatu.\\nJelidegi aqaulardy tabu jane joiu."})
    void aKazakhPostingInLatinLettersIsReadAsKazakh(String spelling, String escaped) {
        String posting = escaped.replace("\\n", "\n");
        CardMatch best = service.match(posting, 1).matches().get(0);
        assertThat(best.standard().title()).isIn("Сетевые, системные администраторы и администраторы серверов",
                "Системное и сетевое администрирование");
        assertThat(best.why().title().score()).isPositive();
        // the evidence quotes the posting as written, and was found through the Kazakh words read in Cyrillic
        assertThat(best.evidence()).isNotEmpty().allSatisfy(e -> assertThat(posting).contains(e.source()));
        assertThat(best.evidence()).anySatisfy(e -> assertThat(e.via()).anyMatch(v -> v.startsWith("желі")));
    }

    @Test
    void aSentenceThatGivesTheWorkToSomebodyElseEvidencesNoCard() {
        String posting = "IT специалист офиса\n- принимать заявки пользователей и помогать с принтерами;"
                + "\nСерверы, резервное копирование и сеть обслуживает подрядчик.";
        List<CardMatch> matches = service.match(posting, 10).matches();
        assertThat(matches).isNotEmpty().allSatisfy(m -> assertThat(m.evidence())
                .noneSatisfy(e -> assertThat(e.source()).contains("подрядчик")));
    }

    @Test
    void aSentenceCountsInFullOnceOnACardAndLessForEachFurtherRequirementItEvidences() {
        List<Evidence> evidence = List.of(piece("A", 0.1), piece("B", 0.2), piece("C", 0.1), piece("D", 0.05));
        List<Evidence> counted = CardMatcher.discountRepeats(evidence, List.of(0, 0, 1, 0));
        double reuse = CardMatcher.SENTENCE_REUSE;
        assertThat(counted).extracting(Evidence::requirement).containsExactly("A", "B", "C", "D");
        assertThat(counted).extracting(Evidence::weight).containsExactly(Math.round(0.1 * reuse * 1000) / 1000.0,
                0.2, 0.1, Math.round(0.05 * reuse * reuse * 1000) / 1000.0);
    }

    @Test
    void theGapWeighsWhatItMeetsAsTheMatchDoes() {
        CardMatch best = service.match(text("sysadmin.txt"), 1).matches().get(0);
        GapResult gap = service.gap(text("sysadmin.txt"), best.card().id()).orElseThrow();
        assertThat(gap.met()).containsExactlyElementsOf(best.evidence());
    }

    private static Evidence piece(String requirement, double weight) {
        return new Evidence(requirement, "ability", "sentence", weight, List.of());
    }

    private static int levelOfFirst(String text) {
        return service.match(text, 1).matches().get(0).card().level();
    }

    static String text(String name) {
        try {
            return Files.readString(Path.of("src", "test", "resources", "relevance", "texts", name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
