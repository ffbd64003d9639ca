package org.profstd.analysis.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.analysis.Models.card;
import static org.profstd.analysis.Models.function;
import static org.profstd.analysis.Models.skill;
import static org.profstd.analysis.Models.standard;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Language;
import org.profstd.model.Standard;

class OverlapFinderTest {
    @Test
    void theSameRequirementWordedSlightlyDifferentlyInTwoStandardsIsOneCluster() {
        Standard a = standard("Системное администрирование", Language.RU, card("Администратор", "2522-0-001", 5,
                function("Администрирование серверов", skill("Настройка сети",
                        "Настраивать сетевое оборудование", "|", "Основы делопроизводства"))),
                card("Администратор", "2522-0-001", 6, function("Администрирование серверов",
                        skill("Настройка сети", "Настраивать сетевое оборудование", "|", "Сетевые протоколы"))));
        Standard b = standard("Облачные технологии", Language.RU, card("Инженер", "2523-0-002", 5,
                function("Администрирование облачных серверов", skill("Настройка сетей",
                        "Настраивать сетевое оборудование организации", "|", "Языки программирования"))));
        OverlapReport report = OverlapFinder.find(List.of(new OverlapFinder.Source("a.txt", coded(a, "J069")),
                new OverlapFinder.Source("b.txt", coded(b, "J072"))), 0.75);

        // "Администрирование серверов" / "Администрирование облачных серверов": 0.79 alike; the skills
        // "Настройка сети" / "Настройка сетей" share their stems (Snowball cuts both to "сет")
        assertThat(report.clusters()).extracting(Cluster::level).containsExactly("function", "unit", "item");
        Cluster items = report.clusters().get(2);
        assertThat(items.members()).extracting(Member::text).containsExactly("Настраивать сетевое оборудование",
                "Настраивать сетевое оборудование организации");
        assertThat(items.members()).extracting(Member::standard).containsExactly("Системное администрирование",
                "Облачные технологии");
        assertThat(items.standards()).isEqualTo(2);
        assertThat(items.minSimilarity()).isBetween(0.75, 1.0);
        // the same item on two levels of one profession is counted once, not as an overlap
        assertThat(report.clusters()).allSatisfy(c -> assertThat(c.members()).hasSize(2));
    }

    @Test
    void twoFilesOfOneStandardAreOneStandard() {
        Standard text = standard("Системное администрирование", Language.RU, card("Администратор", "2522-0-001", 5,
                function("Администрирование серверов", skill("Настройка сети", "Настраивать сетевое оборудование"))));
        Standard docx = standard("Системное администрирование", Language.RU, card("Администратор", "2522-0-001", 5,
                function("Администрирование серверов организации", skill("Настройка сети",
                        "Настраивать сетевое оборудование организации"))));
        OverlapReport report = OverlapFinder.find(List.of(new OverlapFinder.Source("a.txt", text),
                new OverlapFinder.Source("a.docx", docx)), 0.75);
        assertThat(report.standards()).containsExactly("Системное администрирование (a.txt, a.docx)");
        assertThat(report.clusters()).isEmpty();
    }

    /** The test standards share one code; standards that differ differ in code too. */
    private static Standard coded(Standard s, String code) {
        return new Standard(s.title(), code, s.registrationNumber(), s.jurisdiction(), s.language(), s.format(),
                s.version(), s.year(), s.reviewDate(), s.description(), s.activity(), s.purpose(), s.okedCodes(),
                s.okzCodes(), s.terms(), s.developers(), s.span(), s.cards());
    }

    @Test
    void nothingAlikeNoClusters() {
        Standard a = standard("A", Language.RU, card("X", "1111-1-001", 3, function("Сварка труб", skill("Сварка", "Варить"))));
        Standard b = standard("B", Language.RU, card("Y", "2222-2-002", 3, function("Учет денег", skill("Учет", "Считать"))));
        assertThat(OverlapFinder.find(List.of(new OverlapFinder.Source("a", coded(a, "A01")),
                new OverlapFinder.Source("b", coded(b, "B01"))), 0.8)
                .clusters()).isEmpty();
    }
}
