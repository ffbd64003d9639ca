package org.profstd.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            // the tuning half (249 texts since its fifth round, 92 Russian, 114 Kazakh, 43 English) is held to what the
            // matcher reached on it, one text below is a regression; the fourth and fifth rounds' texts were written to
            // find what the matcher got wrong, so their floors are below the 1.0 the 181 earlier texts had (the Kazakh
            // ones rose when Kazakh in Latin letters came to be read)
            Map<String, double[]> tuned = Map.of("all", new double[] {0.991, 1.0}, "ru", new double[] {0.989, 1.0},
                    "kk", new double[] {0.991, 1.0}, "en", new double[] {1.0, 1.0});
            for (PostingsReport.Figures f : summary.figures().subList(0, 4)) {
                assertThat(f.top1()).as("tune %s top-1", f.language())
                        .isGreaterThanOrEqualTo(tuned.get(f.language())[0]);
                assertThat(f.top3()).as("tune %s top-3", f.language())
                        .isGreaterThanOrEqualTo(tuned.get(f.language())[1]);
            }
            // the test half is never tuned on; these floors keep what it reached (the goal is top-1 0.90 and top-3
            // 0.98 in every language, see docs/relevance-set.md), one text below them is a regression
            Map<String, double[]> floors = Map.of("all", new double[] {0.96, 0.987}, "ru", new double[] {0.959, 0.979},
                    "kk", new double[] {1.0, 1.0}, "en", new double[] {0.933, 1.0});
            for (PostingsReport.Figures f : summary.figures().subList(4, 8)) {
                assertThat(f.split()).isEqualTo(Posting.TEST);
                assertThat(f.top1()).as("test %s top-1", f.language())
                        .isGreaterThanOrEqualTo(floors.get(f.language())[0]);
                assertThat(f.top3()).as("test %s top-3", f.language())
                        .isGreaterThanOrEqualTo(floors.get(f.language())[1]);
            }
        }
    }

    @Test
    void aCorpusFolderIsMeasuredWithTheEditionsARegistryHoldsCurrent() throws Exception {
        try (SearchService service = RelevanceReport.indexWholeCorpus(CorpusIndex.root())) {
            // seed 000 (2019) is an older edition of the 2025 "Поддержка пользователей ИТ" in seed 002, the 2013
            // "Программист" of the 2022 one: a registry keeps them superseded, and match reads current editions only
            List<String> titles = service.match("Специалист технической поддержки пользователей: принимать обращения"
                    + " и заявки пользователей, консультировать по работе с программами, настраивать принтеры", 50)
                    .matches().stream().filter(m -> m.standard().title().equals("Поддержка пользователей ИТ"))
                    .map(m -> m.standard().id()).distinct().toList();
            assertThat(titles).containsExactly("J076");
        }
    }
}
