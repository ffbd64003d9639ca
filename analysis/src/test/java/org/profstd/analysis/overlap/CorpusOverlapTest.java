package org.profstd.analysis.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;

/** Overlap over real documents, where one standard often comes in several files. */
class CorpusOverlapTest {
    private static List<OverlapFinder.Source> sources(Path... files) {
        List<OverlapFinder.Source> sources = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = CorpusDocuments.parse(file);
            for (Standard s : result.standards()) {
                sources.add(new OverlapFinder.Source(result.source().file(), s));
            }
        }
        return sources;
    }

    @Test
    void aStandardAsTextAndAsRegistryXmlIsOneStandardWithoutOverlap() {
        Path xml = CorpusDocuments.root().resolve("ru-xml").resolve("06.024-2015.xml");
        OverlapReport report = OverlapFinder.find(sources(CorpusDocuments.seed("003"), xml), 0.8);
        assertThat(report.standards()).containsExactly("Специалист по технической поддержке информационно-"
                + "коммуникационных систем (003_217ee86a0a46cf29.txt, 06.024-2015.xml)");
        assertThat(report.clusters()).isEmpty();
    }

    @Test
    void twoEditionsOfUserSupportAreOneStandardAndOverlapOnlyWithTheRussianOne() {
        Path xml = CorpusDocuments.root().resolve("ru-xml").resolve("06.024-2015.xml");
        OverlapReport report = OverlapFinder.find(sources(CorpusDocuments.seed("000"), CorpusDocuments.seed("002"),
                xml), 0.8);
        // the 2019 edition (000) joins the 2025 one (J076 in 002): same title; 14 standards of the order, 06.024
        assertThat(report.standards()).hasSize(15).contains(
                "Поддержка пользователей ИТ (000_08e08ce78b8a3f0b.txt, 002_8f656e93d6fef283.txt)");
        assertThat(report.clusters()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.standards()).isGreaterThan(1);
            // before, the same function of the two editions made a cluster of "Поддержка пользователей ИТ" alone
            assertThat(c.members().stream().map(Member::standard).distinct().count()).isGreaterThan(1);
        });
        // the call-centre operator's first function is 06.024's A/01.3, reworded
        assertThat(report.clusters()).anySatisfy(c -> assertThat(c.members()).extracting(Member::file)
                .contains("06.024-2015.xml").containsAnyOf("000_08e08ce78b8a3f0b.txt", "002_8f656e93d6fef283.txt"));
    }
}
