package org.profstd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.profstd.parse.Family;

/** The line mutator inserts the parsers' own labels, so reading their tables must keep working as they change. */
class LabelTablesTest {
    @Test
    void readsTheRussianAndKazakhPhrasesOfEveryFamily() {
        assertThat(LabelTables.phrases(Family.KZ_2017))
                .contains("карточка профессии", "трудовая функция", "задача", "умения и навыки", "білімдер");
        assertThat(LabelTables.phrases(Family.KZ_2023))
                .contains("навык", "дағды", "машықтар", "уровень квалификации по орк", "сбш-нің деңгейі");
        assertThat(LabelTables.phrases(Family.RU_MINTRUD))
                .contains("Трудовые действия", "Необходимые умения", "Необходимые знания", "Регистрационный номер");
    }

    @Test
    void allIsSortedAndFreeOfDuplicates() {
        assertThat(LabelTables.all()).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(100);
    }
}
