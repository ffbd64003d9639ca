package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermSplitterTest {
    @Test
    void splitsAtTheFirstLongDashFollowedByASpace() {
        assertThat(TermSplitter.split("Информационная система (ИС) – система, предназначенная для хранения"))
                .isEqualTo(new TermSplitter.Split("Информационная система (ИС)",
                        "система, предназначенная для хранения"));
        assertThat(TermSplitter.split("ОРК— отраслевая рамка квалификаций"))
                .isEqualTo(new TermSplitter.Split("ОРК", "отраслевая рамка квалификаций"));
    }

    @Test
    void aLongDashWinsOverAHyphenInsideTheTerm() {
        assertThat(TermSplitter.split("CRM - система – программа для работы с клиентами").term())
                .isEqualTo("CRM - система");
        assertThat(TermSplitter.split("веб-сайт - совокупность страниц"))
                .isEqualTo(new TermSplitter.Split("веб-сайт", "совокупность страниц"));
    }

    @Test
    void anEntryWithoutADashHasNoSplit() {
        assertThat(TermSplitter.split("квалификация")).isNull();
        assertThat(TermSplitter.split("веб-сайт")).isNull();
    }
}
