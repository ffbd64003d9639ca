package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.profstd.model.Language;

class LabelsTest {
    @Test
    void matchesLabelsWithTheirNumbersAndValues() {
        Labels.Match card = Labels.match("9. Карточка профессии \"Инженер по искусственному интеллекту\":");
        assertThat(card.label()).isEqualTo(Label.CARD);
        assertThat(card.leadNumber()).isEqualTo(9);
        assertThat(card.rest()).isEqualTo("Инженер по искусственному интеллекту\":");
        Labels.Match skill = Labels.match("Дағды 1:");
        assertThat(skill.label()).isEqualTo(Label.SKILL);
        assertThat(skill.language()).isEqualTo(Language.KK);
        assertThat(skill.number()).isEqualTo(1);
        assertThat(Labels.match("Умения: 1. Формировать команды").rest()).isEqualTo("1. Формировать команды");
        assertThat(Labels.match("СБШ -нің ішіндегі басқа кәсіптермен байланыс:").label()).isEqualTo(Label.RELATED);
        assertThat(Labels.match("##### 10. Наименование государственного органа:").label())
                .isEqualTo(Label.STATE_BODY);
    }

    @Test
    void leavesItemsThatStartWithALabelWord() {
        assertThat(Labels.match("Знания основ сетевых технологий")).isNull();
        assertThat(Labels.match("Навыки делового общения")).isNull();
        assertThat(Labels.match("Дағдыны тану мүмкіндігі: -").label()).isEqualTo(Label.RECOGNITION);
    }

    @Test
    void knowsTheStartOfALabelBrokenOverLines() {
        assertThat(Labels.startsLabel("Жеке құзыреттерге")).isTrue();
        assertThat(Labels.startsLabel("Техникалық регламенттер")).isTrue();
        assertThat(Labels.startsLabel("Ұйымның инфрақұрылымын")).isFalse();
    }
}
