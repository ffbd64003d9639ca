package org.profstd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Kazakh typed with its letters, without them, or with a Latin i, reads as the same terms once folded. */
class KazakhFoldingTest {
    private final Analyzer folded = new FoldedKazakhAnalyzer();

    @Test
    void theLettersOnlyKazakhHasBecomeTheRussianOnesTheyAreTypedAs() {
        assertThat(KazakhFolding.fold("қызмет көрсету")).isEqualTo("кызмет корсету");
        assertThat(KazakhFolding.fold("әкімші")).isEqualTo(KazakhFolding.fold("акимши"));
        // a Latin i inside a Cyrillic word is the Kazakh і; in a Latin word it stays
        assertThat(KazakhFolding.fold("мiндеттерi")).isEqualTo(KazakhFolding.fold("міндеттері"));
        assertThat(KazakhFolding.fold("linux")).isEqualTo("linux");
    }

    @Test
    void aWordTypedEitherWayHasOneStem() throws IOException {
        // the same words of a support posting as a Kazakh board writes them, with and without the Kazakh letters
        assertThat(terms("өтінімдерді қабылдау, пайдаланушыларға кеңес беру"))
                .isEqualTo(terms("отiнiмдердi кабылдау, пайдаланушыларга кенес беру"))
                .isEqualTo(terms("отинимдерди кабылдау, пайдаланушыларга кенес беру"));
        assertThat(terms("серверлерді")).isEqualTo(terms("серверлер")).isEqualTo(terms("сервер"));
    }

    @Test
    void theStemmerOfKazakhWithItsLettersIsUnchanged() {
        KazakhStemmer stemmer = new KazakhStemmer();
        // vowel harmony still keeps a back ending off a front word: "терезеда" is not a locative of "терезе"
        assertThat(stemmer.stem("терезеда")).isEqualTo("терезеда");
        assertThat(stemmer.stem("деректерді")).isEqualTo("дерек");
        assertThat(KazakhStemmer.folded().stem("деректерди")).isEqualTo("дерек");
    }

    @Test
    void kazakhStopWordsAreDroppedFolded() throws IOException {
        assertThat(terms("желі және сервер")).isEqualTo(terms("жели жане сервер"));
        assertThat(terms("жели жане сервер")).hasSize(2);
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = folded.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
