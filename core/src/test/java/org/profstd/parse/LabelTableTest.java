package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.profstd.model.Language;

class LabelTableTest {
    @ParameterizedTest
    @EnumSource(Family.class)
    void everyLabelHasARussianPhraseAndNoPhraseIsThereTwice(Family family) {
        LabelTable<?> table = family.labels();
        assertThat(table.labels()).allSatisfy(label -> assertThat(table.phrases())
                .anyMatch(p -> p.label() == label && p.language() == Language.RU));
        assertThat(table.phrases().stream().map(LabelTable.Phrase::normalized)).doesNotHaveDuplicates();
        assertThat(table.phrases()).allSatisfy(p -> assertThat(p.words()).isNotEmpty());
    }

    @Test
    void wordsAreRunsOfLettersOrDigitsInLowerCase() {
        assertThat(LabelTable.texts(LabelTable.words("Задача1: Умения"))).containsExactly("задача", "1", "умения");
        assertThat(LabelTable.normalize("СБШ -нің  «ішіндегі»")).isEqualTo("сбш нің ішіндегі");
        assertThat(LabelTable.normalize("Объём работ")).isEqualTo("объем работ");
        assertThat(LabelTable.normalize("Код*(1):")).isEqualTo("код");
        assertThat(LabelTable.words("  Код группы").get(0).start()).isEqualTo(2);
    }

    @Test
    void findsTheLongestPhraseAWordRunOpensWith() {
        LabelTable<?> kz2023 = Family.KZ_2023.labels();
        List<LabelTable.Word> words = LabelTable.words("Дополнительные трудовые функции: 1");
        assertThat(kz2023.longestOpening(words, 0, p -> true).text()).isEqualTo("дополнительные трудовые функции");
        assertThat(kz2023.longestOpening(LabelTable.words("Трудовых функций нет"), 0, p -> true)).isNull();
    }

    @Test
    void knowsTheHeadAndTailOfALabelABreakCutInTwo() {
        LabelTable<?> ru = Family.RU_MINTRUD.labels();
        assertThat(ru.byHead("Необходимые").stream().map(Enum::name)).containsExactly("ABILITIES", "KNOWLEDGE");
        assertThat(ru.byTail("опыту практической работы").stream().map(Enum::name)).containsExactly("EXPERIENCE");
        assertThat(ru.startsPhrase(List.of("требования", "к"), p -> false)).isTrue();
        assertThat(ru.startsPhrase(List.of("требования", "к", "опыту", "практической", "работы"), p -> false))
                .isFalse();
    }
}
