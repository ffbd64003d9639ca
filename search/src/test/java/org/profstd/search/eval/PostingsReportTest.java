package org.profstd.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.search.CorpusIndex;
import org.profstd.search.SearchService;

/** The postings set is read whole and measured per half and language; match answers it as well as it was tuned to. */
class PostingsReportTest {
    private static final Path SET = Path.of("src", "test", "resources", "relevance");

    @Test
    void everyPostingIsLabelledAndItsTextIsThere() throws Exception {
        List<Posting> postings = Posting.read(SET);
        assertThat(postings).hasSizeGreaterThanOrEqualTo(120);
        assertThat(postings).extracting(Posting::split).containsOnly(Posting.TUNE, Posting.TEST);
        assertThat(postings).extracting(Posting::language).containsOnly("ru", "kk", "en");
        for (Posting p : postings) {
            assertThat(p.relevant()).as(p.file()).isNotEmpty();
            assertThat(p.text(SET)).as(p.file()).isNotBlank();
        }
    }

    @Test
    void matchRanksAnAcceptableStandardFirstOnTheTuningHalf() throws Exception {
        // only the tuning half is held to a figure: the test half is measured and reported, never tuned on
        try (SearchService service = RelevanceReport.indexWholeCorpus(CorpusIndex.root())) {
            PostingsReport.Summary summary = new PostingsReport(service, SET).run();
            PostingsReport.print(summary, System.out);
            assertThat(summary.figures()).hasSize(8);
            PostingsReport.Figures tune = summary.figures().get(0);
            assertThat(tune.split()).isEqualTo(Posting.TUNE);
            assertThat(tune.language()).isEqualTo("all");
            assertThat(tune.count() + summary.figures().get(4).count()).isEqualTo(summary.lines().size());
            for (PostingsReport.Figures f : summary.figures().subList(0, 4)) {
                assertThat(f.top1()).as("tune %s top-1", f.language()).isGreaterThanOrEqualTo(0.9);
                assertThat(f.top3()).as("tune %s top-3", f.language()).isGreaterThanOrEqualTo(0.98);
            }
        }
    }
}
