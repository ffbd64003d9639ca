package org.profstd.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An employer's or product's name in quotation marks says nothing of the work; a quoted tool does. */
class QuotedNamesTest {
    @Test
    void aCapitalisedNameInQuotesIsLeftOut() {
        assertThat(QuotedNames.remove("Команда «Kelis Cloud» делает сервис записи", s -> false))
                .isEqualTo("Команда   делает сервис записи");
        assertThat(QuotedNames.remove("«Жетісу Дата Сервис» ЖШС маман іздейді", s -> false))
                .isEqualTo("  ЖШС маман іздейді");
        assertThat(QuotedNames.remove("Studio \"Iron Nomad\" makes games", s -> false))
                .isEqualTo("Studio   makes games");
    }

    @Test
    void aQuotedToolOrPhraseStays() {
        assertThat(QuotedNames.remove("Работа в «Power BI» и Excel", "Power BI"::equals))
                .isEqualTo("Работа в «Power BI» и Excel");
        assertThat(QuotedNames.remove("Пишем отчёты «под ключ» для клиентов", s -> false))
                .isEqualTo("Пишем отчёты «под ключ» для клиентов");
        assertThat(QuotedNames.remove("Без кавычек", s -> false)).isEqualTo("Без кавычек");
    }
}
