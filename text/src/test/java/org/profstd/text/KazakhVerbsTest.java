package org.profstd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finite verbs of Kazakh CVs and postings read as the verbal nouns vocabularies use; nouns stay as they are. */
class KazakhVerbsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // the first person of a CV, present and past
            "қабылдаймын, қабылдау", "шешемін, шешу", "жабамын, жабу", "баптадым, баптау", "орнаттым, орнату",
            "жаздым, жазу", "істедім, істеу", "оқыдым, оқу", "оқимын, оқу",
            // the "we" and the polite "you" of a posting, the third person
            "іздейміз, іздеу", "ұсынамыз, ұсыну", "әзірлейсіз, әзірлеу", "жазасыз, жазу", "береді, беру",
            "басқардыңыз, басқару"})
    void aFiniteVerbIsItsVerbalNoun(String verb, String noun) {
        assertThat(KazakhVerbs.verbalNoun(KazakhFolding.fold(verb))).isEqualTo(KazakhFolding.fold(noun));
    }

    @ParameterizedTest
    @CsvSource({"қауіпсіздік", "мүмкіндік", "деректердің", "серверді", "жүйені", "қабылдау", "жүйелік", "ұйым",
            "жасадық"})
    void nounsAndVerbalNounsStay(String word) {
        assertThat(KazakhVerbs.verbalNoun(KazakhFolding.fold(word))).isEqualTo(KazakhFolding.fold(word));
    }
}
