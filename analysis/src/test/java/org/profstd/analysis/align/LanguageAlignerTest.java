package org.profstd.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.analysis.Models.card;
import static org.profstd.analysis.Models.function;
import static org.profstd.analysis.Models.skill;
import static org.profstd.analysis.Models.standard;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.TextProfile;
import org.profstd.model.Language;
import org.profstd.model.Standard;

class LanguageAlignerTest {
    private static TextPair pair(String kk, String ru) {
        return new TextPair(TextProfile.of(kk, "kk"), TextProfile.of(ru, "ru"));
    }

    @Test
    void theLexiconLearnsWordsThatKeepAppearingTogether() {
        BilingualLexicon lexicon = BilingualLexicon.learn(List.of(
                pair("Ақпараттық қауіпсіздік саясаты", "Политика информационной безопасности"),
                pair("Ақпараттық жүйелер", "Информационные системы"),
                pair("Қауіпсіздік стандарттары", "Стандарты безопасности"),
                pair("Жүйелерді басқару", "Управление системами")));
        // stems of the search analysis: Snowball cuts информационной to информацион
        assertThat(lexicon.translation("ақпараттық")).isEqualTo("информацион");
        assertThat(lexicon.translation("қауіпсіздік")).isEqualTo("безопасн");
        assertThat(lexicon.translation("жүйе")).isEqualTo("систем");
        // seen together only once: not enough evidence
        assertThat(lexicon.association("саясаты", "политик")).isZero();
        assertThat(lexicon.similarity(TextProfile.of("Ақпараттық қауіпсіздік", "kk"),
                TextProfile.of("Информационная безопасность", "ru"))).isEqualTo(1.0);
    }

    @Test
    void anEmptyLexiconKnowsNothingButSharedLatinTermsAndNumbers() {
        BilingualLexicon empty = BilingualLexicon.empty();
        assertThat(empty.similarity(TextProfile.of("SQL сұраулары", "kk"), TextProfile.of("Запросы SQL", "ru")))
                .isEqualTo(0.5);
        assertThat(Anchors.of("SQL, ITIL және 3512-1-001 коды")).containsExactly("SQL", "ITIL", "3512-1-001");
    }

    @Test
    void cardsPairByCodeAndLevelAndTheMissingCardMakesThemDifferentVersions() {
        Standard kk = standard("Компьютерлік жүйелердің инфрақұрылымы", Language.KK,
                card("АТ-инфрақұрылым сәулетшілері", "2521-2-001", 7,
                        function("Ұйымның инфрақұрылымын дамыту",
                                skill("Қауіпсіздік стратегиясын қалыптастыру", "Ақпараттық қауіпсіздік міндеттерін тұжырымдау",
                                        "|", "Ақпараттық қауіпсіздік стандарттары", "SQL тілі"))),
                card("АТ-инфрақұрылым сәулетшілері", "2521-2-001", 5));
        Standard ru = standard("Инфраструктура компьютерных систем", Language.RU,
                card("Архитектор ИТ-инфраструктуры", "2521-2-001", 7,
                        function("Развитие инфраструктуры организации",
                                skill("Формирование стратегии безопасности", "Формулировать задачи информационной безопасности",
                                        "|", "Язык SQL", "Стандарты информационной безопасности"))));
        LanguageAlignment a = LanguageAligner.align("kk.txt", kk, "ru.txt", ru);

        assertThat(a.pairs("card")).singleElement().satisfies(p -> {
            assertThat(p.first()).isEqualTo("«АТ-инфрақұрылым сәулетшілері», level 7 (2521-2-001)");
            assertThat(p.second()).isEqualTo("«Архитектор ИТ-инфраструктуры», level 7 (2521-2-001)");
        });
        assertThat(a.unpaired("card")).extracting(Unpaired::side, Unpaired::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first", "«АТ-инфрақұрылым сәулетшілері», level 5 (2521-2-001)"));
        assertThat(a.sameVersion()).isFalse();
        assertThat(a.verdict().get(0)).isEqualTo("the two texts are different versions of the standard");
        // the knowledge lists are in different order: the Latin term pairs "SQL тілі" with "Язык SQL"
        assertThat(a.pairs("item")).filteredOn(p -> p.firstText().equals("SQL тілі")).singleElement()
                .satisfies(p -> assertThat(p.secondText()).isEqualTo("Язык SQL"));
    }
}
