package org.profstd.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void jaccardAndDiceOnSmallSets() {
        Set<String> a = Set.of("a", "b", "c");
        Set<String> b = Set.of("b", "c", "d", "e");
        assertThat(Similarity.jaccard(a, b)).isCloseTo(2.0 / 5, within(1e-9));
        assertThat(Similarity.dice(a, b)).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(Similarity.jaccard(Set.of(), Set.of())).isEqualTo(1.0);
        assertThat(Similarity.dice(a, Set.of())).isZero();
    }

    @Test
    void theSameWordsInOtherFormsAndCaseAreNearlyTheSame() {
        double score = Similarity.score("Обработка инцидентов поддерживаемого продукта",
                "обработку инцидента поддерживаемых продуктов", "ru");
        assertThat(score).isGreaterThan(0.75).isLessThan(1.0);
    }

    @Test
    void textsEqualOnceNormalisedScoreOne() {
        assertThat(Similarity.score("Основы  делопроизводства.", "основы делопроизводства", "ru")).isEqualTo(1.0);
    }

    @Test
    void unrelatedTextsScoreLow() {
        assertThat(Similarity.score("Основы делопроизводства", "Настраивать сетевое оборудование", "ru"))
                .isLessThan(0.15);
        assertThat(Similarity.score("", "Основы делопроизводства", "ru")).isZero();
    }

    @Test
    void trigramsCatchASpellingVariantThatTheStemsMiss() {
        TextProfile a = TextProfile.of("Поддержка информационно-коммуникационных систем", "ru");
        TextProfile b = TextProfile.of("Поддержка инфокоммуникационных систем", "ru");
        double stems = Similarity.dice(a.stems(), b.stems());
        double trigrams = Similarity.dice(a.trigrams(), b.trigrams());
        assertThat(stems).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(trigrams).isGreaterThan(stems);
        assertThat(Similarity.score(a, b)).isCloseTo((stems + trigrams) / 2, within(1e-9));
    }

    @Test
    void stopWordsDoNotCount() {
        assertThat(TextProfile.of("Работа с системой и документами", "ru").words())
                .containsExactly("работа", "системой", "документами");
    }

    @Test
    void wordsARewordingRemovedAndAdded() {
        TextProfile old = TextProfile.of("Работа с системой контроля версий", "ru");
        TextProfile neu = TextProfile.of("Работа с системой управления версиями программного кода", "ru");
        assertThat(Similarity.wordsMissingIn(old, neu)).containsExactly("контроля");
        assertThat(Similarity.wordsMissingIn(neu, old)).containsExactly("управления", "программного", "кода");
    }
}
