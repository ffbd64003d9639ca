package org.profstd.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.profstd.search.eval.Judgement;
import org.profstd.search.eval.RelevanceReport;

/**
 * Relevance of one engine over the labelled set, scored as the search module's {@link RelevanceReport} scores it: the
 * ranked list of distinct standard titles among the first {@value #DEPTH} answers, precision at
 * {@link RelevanceReport#K} (over what a perfect list could have) and the reciprocal rank of the first relevant one.
 */
final class Relevance {
    static final int DEPTH = 50;

    /** Means over the queries, over the texts, and over all judgements. */
    record Summary(String engine, Scores queries, Scores texts, Scores all) {
    }

    record Scores(int judgements, double precisionAtK, double reciprocalRank) {
    }

    private record Scored(Judgement judgement, double precisionAtK, double reciprocalRank) {
    }

    private Relevance() {
    }

    static Summary of(SearchEngine engine, Workload workload) throws Exception {
        List<Scored> scored = new ArrayList<>();
        for (Judgement judgement : workload.judgements()) {
            List<String> ranked = ranked(engine, workload, judgement);
            scored.add(new Scored(judgement, precisionAtK(ranked, judgement.relevant()),
                    reciprocalRank(ranked, judgement.relevant())));
        }
        return new Summary(engine.name(), mean(scored, s -> Judgement.QUERY.equals(s.judgement().kind())),
                mean(scored, s -> Judgement.TEXT.equals(s.judgement().kind())), mean(scored, s -> true));
    }

    private static List<String> ranked(SearchEngine engine, Workload workload, Judgement judgement) throws Exception {
        List<Found> found = Judgement.TEXT.equals(judgement.kind())
                ? engine.match(workload.texts().get(judgement.input()), DEPTH)
                : engine.search(judgement.input(), DEPTH);
        Set<String> titles = new LinkedHashSet<>();
        found.stream().map(Found::standardTitle).filter(Objects::nonNull).forEach(titles::add);
        return List.copyOf(titles);
    }

    static double precisionAtK(List<String> ranked, Set<String> relevant) {
        long hits = ranked.stream().limit(RelevanceReport.K).filter(relevant::contains).count();
        return (double) hits / Math.min(RelevanceReport.K, relevant.size());
    }

    static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static Scores mean(List<Scored> scored, Predicate<Scored> which) {
        List<Scored> chosen = scored.stream().filter(which).toList();
        return new Scores(chosen.size(), chosen.stream().mapToDouble(Scored::precisionAtK).average().orElse(0),
                chosen.stream().mapToDouble(Scored::reciprocalRank).average().orElse(0));
    }
}
