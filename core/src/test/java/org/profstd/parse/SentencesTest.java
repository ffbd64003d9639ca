package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void aFullStopAfterAWordOrAnAcronymBeforeACapitalisedWordSplits() {
        assertThat(Sentences.split("Вести журнал изменений. Представление на сайте"))
                .containsExactly("Вести журнал изменений.", "Представление на сайте");
        assertThat(Sentences.split("Инциденты ИБ. Формирование отчетов. Анализ"))
                .containsExactly("Инциденты ИБ.", "Формирование отчетов.", "Анализ");
    }

    @Test
    void abbreviationsAcronymsAfterAStopAndNumbersDoNotSplit() {
        assertThat(Sentences.split("Устанавливать ПО, драйверы и т. д. Далее по списку"))
                .containsExactly("Устанавливать ПО, драйверы и т. д. Далее по списку");
        assertThat(Sentences.split("Руководитель Габбасов М.Б. Исполнитель")).hasSize(1);
        assertThat(Sentences.split("Сопровождать ИС. ПО серверов")).hasSize(1);
        assertThat(Sentences.split("Версия 2. Изменения")).hasSize(1);
        assertThat(Sentences.split("")).isEmpty();
    }
}
