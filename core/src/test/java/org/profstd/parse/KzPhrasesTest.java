package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.profstd.model.Language;
import org.profstd.parse.KzPhrases.Kk;
import org.profstd.parse.KzPhrases.Ru;

/**
 * The phrases both Kazakhstan tables print are exactly those written once in {@link KzPhrases}: a phrase that becomes
 * common is moved there, and one that a table drops leaves it.
 */
class KzPhrasesTest {
    private static List<String> phrases(Family family, Language language) {
        return family.labels().phrases().stream().filter(p -> p.language().equals(language))
                .map(LabelTable.Phrase::normalized).toList();
    }

    private static List<String> printedByBoth(Language language) {
        List<String> kz2023 = phrases(Family.KZ_2023, language);
        return phrases(Family.KZ_2017, language).stream().filter(kz2023::contains).toList();
    }

    private static List<String> normalized(String... phrases) {
        return Stream.of(phrases).map(LabelTable::normalize).toList();
    }

    @Test
    void theRussianPhrasesBothTablesPrintAreTheSharedOnes() {
        assertThat(printedByBoth(Language.RU)).containsExactlyInAnyOrderElementsOf(normalized(Ru.STANDARD_NAME,
                Ru.DESCRIPTION, Ru.CARD_LIST, Ru.PROJECT_LEAD, Ru.VERSION, Ru.REVIEW_DATE, Ru.CARD, Ru.GROUP_CODE,
                Ru.PROFESSION_NAME, Ru.ALT_NAMES, Ru.LEVEL, Ru.GOAL, Ru.REQUIRED_FUNCTIONS, Ru.ADDITIONAL_FUNCTIONS,
                Ru.FUNCTION, Ru.ABILITIES, Ru.KNOWLEDGE, Ru.COMPETENCIES, Ru.RELATED));
    }

    @Test
    void theKazakhPhrasesBothTablesPrintAreTheSharedOnes() {
        assertThat(printedByBoth(Language.KK)).containsExactlyInAnyOrderElementsOf(normalized(Kk.CARD, Kk.FUNCTION,
                Kk.ABILITIES, Kk.KNOWLEDGE, Kk.COMPETENCIES));
    }
}
