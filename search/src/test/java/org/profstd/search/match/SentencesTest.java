package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsSentencesListLinesAndSemicolons() {
        assertThat(Sentences.split("Обязанности:\n- настройка сети;\n- резервное копирование. Опыт от 3 лет!"))
                .containsExactly("Обязанности:", "настройка сети", "резервное копирование.", "Опыт от 3 лет!");
        assertThat(Sentences.split("")).isEmpty();
        assertThat(Sentences.split(null)).isEmpty();
    }
}
