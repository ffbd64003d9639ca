package org.profstd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role a Kazakh CV states in the first person is read as the role's noun; other words stay as they are. */
class KazakhPredicatesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"бағдарламашымын, бағдарламашы", "багдарламашымын, багдарламашы", "тестілеушімін, тестілеуші",
            "әкімшімін, әкімші", "инженермін, инженер", "маманмын, маман", "студентпін, студент",
            "маманбын, маман"})
    void aFirstPersonPredicateIsItsNoun(String predicate, String noun) {
        assertThat(KazakhPredicates.noun(KazakhFolding.fold(predicate))).isEqualTo(KazakhFolding.fold(noun));
    }

    @ParameterizedTest
    @CsvSource({"бөлімін", "өлшемін", "іздеймін", "қабылдаймын", "шешемін", "оқимын", "алгоритмін", "жүйесін",
            "бағдарламашы", "деректерді"})
    void otherWordsStay(String word) {
        assertThat(KazakhPredicates.noun(KazakhFolding.fold(word))).isEqualTo(KazakhFolding.fold(word));
    }
}
