package org.profstd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words diff, overlap and alignment compare are the terms the search index holds. */
class WordsTest {
    @Test
    void kazakhStemsAreTheSearchStemmersStems() {
        KazakhStemmer stemmer = new KazakhStemmer();
        for (String word : List.of("мақсаты", "бөлігі", "жүйелерінің", "инфрақұрылымының", "деректерді")) {
            assertThat(Words.stem(word, "kk")).as(word).isEqualTo(stemmer.stem(word));
        }
        assertThat(Words.stem("мақсаты", "kk")).isEqualTo("мақсат");
        assertThat(Words.stem("бөлігі", "kk")).isEqualTo("бөлік");
    }

    @Test
    void wordsAndStemsComeFromTheIndexAnalyzer() {
        // seed 003, a labor action of 06.024
        String text = "Обработка инцидентов и запросов пользователей в соответствии с регламентом";
        List<Words.Word> words = Words.of(text, "ru");
        assertThat(words).extracting(Words.Word::text)
                .containsExactly("обработка", "инцидентов", "запросов", "пользователей", "соответствии", "регламентом");
        assertThat(words).extracting(Words.Word::stem)
                .containsExactly("обработк", "инцидент", "запрос", "пользовател", "соответств", "регламент");
    }

    @Test
    void russianFormsOfOneWordShareAStemAndDerivedWordsDoNot() {
        assertThat(Words.stem("поддержки", "ru")).isEqualTo(Words.stem("поддержка", "ru"));
        assertThat(Words.stem("обеспечением", "ru")).isEqualTo(Words.stem("обеспечения", "ru"));
        assertThat(Words.stem("безопасности", "ru")).isEqualTo(Words.stem("безопасность", "ru"));
        assertThat(Words.stem("обеспечивать", "ru")).isNotEqualTo(Words.stem("обеспечение", "ru"));
        assertThat(Words.stem("Ёмкость", "ru")).isEqualTo(Words.stem("емкости", "ru"));
        // seed 002 prints ё of its parallel programs standard as the fita
        assertThat(Words.stem("распределѳнных", "ru")).isEqualTo(Words.stem("распределенных", "ru"));
    }

    @Test
    void tokensKeepStopWordsAndFoldCase() {
        assertThat(Words.tokens("Работа с системой и т.д.")).containsExactly("работа", "с", "системой", "и", "т.д");
        assertThat(Words.tokens("")).isEmpty();
        assertThat(Words.of("", "kk")).isEmpty();
        assertThat(Words.of("и в на", "ru")).isEmpty();
    }
}
