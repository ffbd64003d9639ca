package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.search.CorpusIndex;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.ParsedEditions;
import org.profstd.search.index.QueryFactory;
import org.profstd.search.index.StandardIndex;

/** Evidence needs a requirement's content words, and a requirement weighs by how specific it is in the registry. */
class EvidencerTest {
    private static StandardIndex index;
    private static Evidencer evidencer;
    private static Vocabulary tools;
    private static Vocabulary terms;

    @BeforeAll
    static void index() {
        index = new StandardIndex(new Analysis());
        ParsedEditions.of(CorpusIndex.parseSeed("002")).forEach(index::put);
        ParsedEditions.of(CorpusIndex.parseSeed("004")).forEach(index::put);
        evidencer = new Evidencer(Rarity.of(new LuceneCards(index).open(), null), new GenericWords(index.analysis()));
        tools = Vocabulary.load(Vocabulary.TOOLS, index.analysis());
        terms = Vocabulary.load(Vocabulary.TERMS, index.analysis());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void sharedBasicsAndAStemOfAnotherWordProveNothing() {
        assertThat(evidencer.best(requirement("Основ управления проектами"),
                text("Знание основ проектирования баз данных"))).isEmpty();
        assertThat(evidencer.best(requirement("Основ управления проектами"),
                text("Опыт управления ИТ-проектами от двух лет"))).isPresent();
    }

    @Test
    void aLineEveryCardHasWeighsLessThanASpecificOne() {
        double common = evidencer.specificity(requirement("Основы информационной безопасности"));
        double specific = evidencer.specificity(requirement("Оркестрации контейнеров"));
        assertThat(common).isLessThan(specific);
        assertThat(specific).isEqualTo(1.0);
    }

    @Test
    void aToolCarriesItsSentenceToTheRequirementAndSaysSo() {
        Evidencer.Found found = evidencer.best(requirement("Оркестрации контейнеров"),
                text("Поддерживаем кластеры Kubernetes в трёх дата-центрах")).orElseThrow();
        assertThat(found.via()).extracting(Vocabulary.Use::form).containsExactly("Kubernetes");
    }

    @Test
    void aToolsWordsCountLessThanTheTextsOwnAndCannotAloneNameACard() {
        Evidencer.Found byTool = evidencer.best(requirement("Оркестрации контейнеров"),
                text("Kubernetes")).orElseThrow();
        Evidencer.Found byWords = evidencer.best(requirement("Оркестрации контейнеров"),
                text("Оркестрация контейнеров")).orElseThrow();
        assertThat(byTool.strength()).isLessThan(byWords.strength());
        assertThat(evidencer.bestByWords(requirement("Оркестрации контейнеров"), text("Kubernetes"))).isEmpty();
        assertThat(evidencer.bestByWords(requirement("Оркестрации контейнеров"),
                text("Оркестрация контейнеров"))).isPresent();
    }

    @Test
    void theEvidenceQuotesTheFormTheTextWroteAndCPlusPlusIsNotCSharp() {
        Evidencer.Found languages = evidencer.best(requirement("Языки программирования"),
                text("Пишем расчётные модули на C++")).orElseThrow();
        assertThat(languages.via()).extracting(Vocabulary.Use::form).contains("C++").doesNotContain("C#");
        Evidencer.Found pipelines = evidencer.best(requirement("Практик непрерывной интеграции"),
                text("Сборка в GitLab CI")).orElseThrow();
        assertThat(pipelines.via()).extracting(Vocabulary.Use::form).containsExactly("GitLab CI");
    }

    @Test
    void aTermIsLookedUpInABoundedNumberOfSentences() {
        String text = "Настройка сетевого оборудования.\n".repeat(AnalyzedText.MAX_SENTENCES_PER_TERM * 4);
        AnalyzedText analyzed = text(text);
        assertThat(analyzed.sentences()).hasSize(AnalyzedText.MAX_SENTENCES_PER_TERM * 4);
        assertThat(analyzed.in(Analysis.RU).sentencesOf.values())
                .allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(AnalyzedText.MAX_SENTENCES_PER_TERM));
    }

    private static Requirement requirement(String text) {
        List<String> analysed = QueryFactory.terms(index.analysis().index(Analysis.RU), "text", text);
        return new Requirement(text, "knowledge", Analysis.RU, analysed);
    }

    private static AnalyzedText text(String text) {
        return new AnalyzedText(text, index.analysis(), tools, terms);
    }
}
