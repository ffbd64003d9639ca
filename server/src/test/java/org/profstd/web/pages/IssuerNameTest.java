package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The issuers of the corpus's acts, as the orders' headings print them, named in the nominative. */
class IssuerNameTest {

    @Test
    void theOfficesOfAChainTurnToTheNominativeAndTheirDependentsStay() {
        // KZ 2025 orders (seed 002)
        assertThat(IssuerName.nominative("Заместителя Премьер-Министра – Министра искусственного интеллекта и"
                + " цифрового развития Республики Казахстан")).isEqualTo("Заместитель Премьер-Министра – Министр"
                + " искусственного интеллекта и цифрового развития Республики Казахстан");
        // KZ 2022 orders of the chamber of entrepreneurs
        assertThat(IssuerName.nominative("Заместителя Председателя Правления Национальной палаты предпринимателей"
                + " Республики Казахстан «Атамекен»")).isEqualTo("Заместитель Председателя Правления Национальной"
                + " палаты предпринимателей Республики Казахстан «Атамекен»");
        assertThat(IssuerName.nominative("исполняющего обязанности Председателя Правления Национальной палаты"
                + " предпринимателей Республики Казахстан «Атамекен»")).isEqualTo("Исполняющий обязанности"
                + " Председателя Правления Национальной палаты предпринимателей Республики Казахстан «Атамекен»");
    }

    @Test
    void otherCommonOfficesAndBodies() {
        assertThat(IssuerName.nominative("приказом Министра труда и социальной защиты населения Республики Казахстан"))
                .isEqualTo("Министр труда и социальной защиты населения Республики Казахстан");
        assertThat(IssuerName.nominative("Приказ Первого заместителя Министра образования"))
                .isEqualTo("Первый заместитель Министра образования");
        assertThat(IssuerName.nominative("временно исполняющего обязанности Министра цифрового развития"))
                .isEqualTo("Временно исполняющий обязанности Министра цифрового развития");
        assertThat(IssuerName.nominative("Вице-министра труда")).isEqualTo("Вице-министр труда");
        assertThat(IssuerName.nominative("Министерства труда и социальной защиты Российской Федерации"))
                .isEqualTo("Министерство труда и социальной защиты Российской Федерации");
        assertThat(IssuerName.nominative("Председателя Комитета - Руководителя аппарата"))
                .isEqualTo("Председатель Комитета - Руководитель аппарата");
    }

    @Test
    void aNominativeAnUnknownWordingAndAKazakhGenitive() {
        // the registry XML of the Russian ministry names the body in the nominative already
        assertThat(IssuerName.nominative("Министерство труда и социальной защиты Российской Федерации"))
                .isEqualTo("Министерство труда и социальной защиты Российской Федерации");
        // "Министерского" is not "Министра": words not in the table stay as printed
        assertThat(IssuerName.nominative("Министерского совета")).isEqualTo("Министерского совета");
        assertThat(IssuerName.nominative("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің"))
                .isEqualTo("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі");
        assertThat(IssuerName.nominative("«Атамекен» Ұлттық кәсіпкерлер палатасы Басқарма Төрағасының"))
                .isEqualTo("«Атамекен» Ұлттық кәсіпкерлер палатасы Басқарма Төрағасы");
        assertThat(IssuerName.nominative(null)).isNull();
    }
}
