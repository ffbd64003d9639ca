package org.profstd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Word forms as they occur in the Kazakh standard "Компьютерлік жүйелердің инфрақұрылымы" (seed 004). */
class KazakhStemmerTest {
    private final KazakhStemmer stemmer = new KazakhStemmer();

    static Stream<Arguments> formsOfOneLemma() {
        return Stream.of(
                Arguments.of("жүйе", new String[] {"жүйе", "жүйелер", "жүйелердің", "жүйесін", "жүйелері", "жүйелерін",
                        "жүйелерді", "жүйелерге", "жүйелерінің", "жүйенің", "жүйеде", "жүйесі", "жүйені"}),
                Arguments.of("білім", new String[] {"білім", "білімдер", "біліммен", "білімнен"}),
                Arguments.of("дерек", new String[] {"деректер", "деректерді", "деректерін", "деректердің",
                        "деректері", "деректерінің"}),
                Arguments.of("инфрақұрылым", new String[] {"инфрақұрылым", "инфрақұрылымының", "инфрақұрылымын",
                        "инфрақұрылымы", "инфрақұрылымнан", "инфрақұрылымды", "инфрақұрылымынан",
                        "инфрақұрылымында", "инфрақұрылымына", "инфрақұрылымның"}),
                Arguments.of("қауіпсіздік", new String[] {"қауіпсіздік", "қауіпсіздіктің", "қауіпсіздікті",
                        "қауіпсіздікке"}),
                Arguments.of("желі", new String[] {"желілердің", "желісінің", "желінің", "желілерін", "желідегі"}),
                Arguments.of("технология", new String[] {"технологиялар", "технологиялардың", "технологиясы",
                        "технологияларына"}),
                Arguments.of("стандарт", new String[] {"стандарттары", "стандарттар", "стандарттардың", "стандарттың",
                        "стандартта", "стандарттарды"}),
                Arguments.of("сервер", new String[] {"серверлерін", "серверлер", "серверлерді"}),
                Arguments.of("мақсат", new String[] {"мақсаты", "мақсатына", "мақсатында"}),
                // a final қ/к is voiced before a vowel ending and comes back in the stem
                Arguments.of("бөлік", new String[] {"бөлігі", "бөліктер", "бөліктерінің"}),
                Arguments.of("мүмкіндік", new String[] {"мүмкіндік", "мүмкіндігі", "мүмкіндігін", "мүмкіндіктерін"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsOfOneLemma")
    void formsOfOneLemmaShareTheStem(String stem, String[] forms) {
        for (String form : forms) {
            assertThat(stemmer.stem(form)).as(form).isEqualTo(stem);
        }
    }

    @Test
    void wordsThatOnlyLookInflectedStayWhole() {
        Stream.of("дағды", "желі", "жалпы", "жоғары", "арқылы", "туралы", "жүйелік", "мен", "және", "үшін",
                        "талдау", "ақпарат", "бағдарламалық", "жоба", "ұйым")
                .forEach(word -> assertThat(stemmer.stem(word)).as(word).isEqualTo(word));
    }

    @Test
    void derivedWordsAreNotFoldedIntoTheirRoot() {
        assertThat(stemmer.stem("жүйелік")).isNotEqualTo(stemmer.stem("жүйе"));
        assertThat(stemmer.stem("дағдыны")).isEqualTo("дағды");
    }

    @Test
    void emptyLatinAndRandomInputsDoNotBreakIt() {
        assertThat(stemmer.stem("")).isEmpty();
        assertThat(stemmer.stem("sql")).isEqualTo("sql");
        assertThat(stemmer.stem("ы")).isEqualTo("ы");
        Random random = new Random(42);
        String alphabet = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя1x";
        for (int i = 0; i < 5000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stem = stemmer.stem(word.toString());
            assertThat(word.toString()).startsWith(stem.substring(0, Math.max(0, stem.length() - 1)));
        }
    }
}
