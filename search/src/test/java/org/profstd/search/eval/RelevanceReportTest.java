package org.profstd.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.profstd.search.CorpusIndex;
import org.profstd.search.SearchService;

/** Relevance over the labelled set must not fall below what it measured when the set was written. */
class RelevanceReportTest {
    @Test
    void theRelevanceSetIsAnsweredWell() throws Exception {
        try (SearchService service = RelevanceReport.indexCorpus(CorpusIndex.root())) {
            RelevanceReport.Summary summary =
                    new RelevanceReport(service, Path.of("src", "test", "resources", "relevance")).run();
            RelevanceReport.print(summary, System.out);
            assertThat(summary.lines()).hasSize(24);
            assertThat(summary.meanReciprocalRank()).isGreaterThanOrEqualTo(0.95);
            assertThat(summary.meanPrecisionAtK()).isGreaterThanOrEqualTo(0.85);
        }
    }
}
