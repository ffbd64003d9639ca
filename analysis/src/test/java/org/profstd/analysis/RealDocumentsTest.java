package org.profstd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.profstd.analysis.align.AlignedPair;
import org.profstd.analysis.align.LanguageAligner;
import org.profstd.analysis.align.LanguageAlignment;
import org.profstd.analysis.align.Unpaired;
import org.profstd.analysis.diff.Change;
import org.profstd.analysis.diff.EditionDiff;
import org.profstd.analysis.diff.EditionDiffer;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/**
 * The comparisons on the real documents, with the changes read from the documents by hand.
 */
class RealDocumentsTest {
    private static Standard read(java.nio.file.Path file, String title) {
        ParseResult result;
        try {
            result = Standards.parse(file);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(file + " must read: " + e.getMessage(), e);
        }
        Standard s = title == null ? result.standards().get(0) : StandardChoice.choose(result, title);
        assertThat(s.cards()).as("cards of " + file).isNotEmpty();
        assertThat(s.cards().get(0).functions()).as("functions of the first card of " + file).isNotEmpty();
        return s;
    }

    @Test
    void itUserSupport2019Against2025() {
        Standard old = read(CorpusDocuments.seed("000"), null);
        Standard neu = read(CorpusDocuments.seed("002"), "Поддержка пользователей ИТ");
        EditionDiff diff = EditionDiffer.diff("000", old, "002", neu);
        // 2019: six professions at two levels each (12 cards); 2025: six cards
        assertThat(diff.oldEdition().cards()).isEqualTo(12);
        assertThat(diff.newEdition().cards()).isEqualTo(6);
        assertThat(diff.changes("card", "removed")).extracting(Change::path).contains(
                "«Аналитик службы поддержки», level 4 (3512-1-001)",
                "«Помощник по анализу компьютерных систем», level 4 (3512-1-004)",
                "«Помощник по анализу компьютерных систем», level 5 (3512-1-004)",
                "«Специалист-техник базы данных», level 4 (3512-1-005)",
                "«Специалист-техник базы данных», level 5 (3512-1-005)");
        assertThat(diff.cardMatches()).extracting(m -> m.newCard()).contains(
                "«Аналитик службы поддержки», level 5 (3512-1-001)",
                "«Консультант по поддержке пользователя ИКТ», level 4 (3512-1-002)",
                "«Консультант по поддержке пользователя ИКТ», level 5 (3512-1-002)",
                "«Техник службы технической поддержки пользователей ИКТ», level 4 (3512-1-006)");
        // the consultant's card was renamed from "ИТ" to "ИКТ"
        assertThat(diff.changes("card", "reworded")).anySatisfy(c -> {
            assertThat(c.oldText()).isEqualTo("Консультант по поддержке пользователя ИТ");
            assertThat(c.newText()).isEqualTo("Консультант по поддержке пользователя ИКТ");
        });
    }

    @Test
    void programmer2013Against2022() {
        java.nio.file.Path xml = CorpusDocuments.root().resolve("ru-xml");
        Standard old = read(xml.resolve("06.001-2013.xml"), null);
        Standard neu = read(xml.resolve("06.001-2022.xml"), null);
        EditionDiff diff = EditionDiffer.diff("2013", old, "2022", neu);
        assertThat(diff.changes("card", "added")).isEmpty();
        assertThat(diff.changes("card", "removed")).isEmpty();
        assertThat(diff.changes("function", "code-changed")).anySatisfy(
                c -> assertThat(c.oldText() + " → " + c.newText()).isEqualTo("B/04.5 → B/05.4"));
        assertThat(diff.changes("function", "added")).anySatisfy(c -> assertThat(c.newText())
                .isEqualTo("Осуществление сборки однородных программных модулей в программный проект"));
        assertThat(diff.changes("function", "reworded")).anySatisfy(c -> {
            assertThat(c.oldText()).isEqualTo("Работа с системой контроля версий");
            assertThat(c.newText()).isEqualTo("Работа с системой управления версиями программного кода");
        });
    }

    @Test
    void computerSystemsInfrastructureKazakhAgainstRussian() {
        Standard kk = read(CorpusDocuments.seed("004"), null);
        ParseResult ru = CorpusDocuments.parse(CorpusDocuments.seed("002"));
        Standard russian = StandardChoice.translation(ru, kk);
        assertThat(russian.title()).isEqualTo("Инфраструктура компьютерных систем");
        LanguageAlignment a = LanguageAligner.align("004", kk, "002", russian);
        assertThat(a.sameVersion()).isFalse();
        assertThat(a.pairs("card")).extracting(AlignedPair::first, AlignedPair::second).containsExactly(
                org.assertj.core.groups.Tuple.tuple("«АТ-инфрақұрылым сәулетшілері», level 7 (2521-2-001)",
                        "«Архитектор ИТ-инфраструктуры», level 7 (2521-2-001)"),
                org.assertj.core.groups.Tuple.tuple(
                        "«Ақпараттық технологиялар инфрақұрылымы инженері», level 6 (2523-0-007)",
                        "«Инженер инфраструктуры информационных технологий», level 6 (2523-0-007)"),
                org.assertj.core.groups.Tuple.tuple(
                        "«Ақпараттық технологиялар инфрақұрылымы инженері», level 7 (2523-0-007)",
                        "«Инженер инфраструктуры информационных технологий», level 7 (2523-0-007)"),
                org.assertj.core.groups.Tuple.tuple("«АТ-инфрақұрылым сәулетшілері», level 6 (2521-2-001)",
                        "«Архитектор ИТ-инфраструктуры», level 6 (2521-2-001)"));
        assertThat(a.unpaired("card")).extracting(Unpaired::path)
                .containsExactly("«АТ-инфрақұрылым сәулетшілері», level 5 (2521-2-001)");
    }

    @Test
    void eachSideOfAnAlignedPairIsNamedInTheLanguageOfItsOwnDocument() {
        Standard kk = read(CorpusDocuments.seed("004"), null);
        Standard russian = StandardChoice.translation(CorpusDocuments.parse(CorpusDocuments.seed("002")), kk);
        LanguageAlignment a = LanguageAligner.align("004", kk, "002", russian);
        String kazakhCard = "«(АТ-инфрақұрылым сәулетшілері|Ақпараттық технологиялар инфрақұрылымы инженері)».*";
        String russianCard = "«(Архитектор ИТ-инфраструктуры|Инженер инфраструктуры информационных технологий)».*";
        assertThat(a.pairs("function")).isNotEmpty();
        for (String level : java.util.List.of("function", "unit", "item")) {
            assertThat(a.pairs(level)).allSatisfy(p -> {
                assertThat(p.first()).matches(kazakhCard);
                assertThat(p.second()).matches(russianCard);
            });
        }
        assertThat(a.unpaired()).filteredOn(u -> u.side().equals("second") && !u.level().equals("card"))
                .allSatisfy(u -> assertThat(u.path()).matches(russianCard));
    }
}
