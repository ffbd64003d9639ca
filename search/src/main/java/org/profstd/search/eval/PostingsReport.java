package org.profstd.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.profstd.search.CardMatch;
import org.profstd.search.MatchResult;
import org.profstd.search.SearchBackend;

/**
 * Match measured on the postings set: for each posting the distinct standards of the matched cards, best first, and
 * the rank of the first acceptable one; then top-1 (the first standard is acceptable), top-3 (one of the first three
 * is) and the mean reciprocal rank, for each half of the set, overall and per language.
 */
public final class PostingsReport {
    private static final int DEPTH = 50;
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    /** One posting's answer: the ranked standards, the rank of the first acceptable one (0: none), the top card. */
    public record Line(Posting posting, List<String> ranked, int rank, CardMatch top) {
        double reciprocalRank() {
            return rank == 0 ? 0 : 1.0 / rank;
        }
    }

    /** The figures of a group of postings. */
    public record Figures(String split, String language, int count, double top1, double top3, double mrr) {
    }

    public record Summary(List<Line> lines, List<Figures> figures) {
    }

    private final SearchBackend service;
    private final Path folder;

    public PostingsReport(SearchBackend service, Path folder) {
        this.service = service;
        this.folder = folder;
    }

    public Summary run() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Posting posting : Posting.read(folder)) {
            MatchResult result = service.match(posting.text(folder), DEPTH);
            List<String> ranked = List.copyOf(result.matches().stream().map(m -> m.standard().title())
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            int rank = 0;
            for (int i = 0; i < ranked.size() && rank == 0; i++) {
                if (posting.relevant().contains(ranked.get(i))) {
                    rank = i + 1;
                }
            }
            lines.add(new Line(posting, ranked, rank, result.matches().isEmpty() ? null : result.matches().get(0)));
        }
        List<Figures> figures = new ArrayList<>();
        for (String split : List.of(Posting.TUNE, Posting.TEST)) {
            figures.add(figures(lines, split, "all", l -> l.posting().split().equals(split)));
            for (String language : LANGUAGES) {
                figures.add(figures(lines, split, language,
                        l -> l.posting().split().equals(split) && l.posting().language().equals(language)));
            }
        }
        return new Summary(lines, figures);
    }

    private static Figures figures(List<Line> lines, String split, String language, Predicate<Line> which) {
        List<Line> group = lines.stream().filter(which).toList();
        int n = group.size();
        return new Figures(split, language, n,
                n == 0 ? 0 : (double) group.stream().filter(l -> l.rank() == 1).count() / n,
                n == 0 ? 0 : (double) group.stream().filter(l -> l.rank() >= 1 && l.rank() <= 3).count() / n,
                n == 0 ? 0 : group.stream().mapToDouble(Line::reciprocalRank).sum() / n);
    }

    /**
     * The figures of both halves, and the postings of the tuning half whose first standard is not acceptable (the
     * test half's texts are not listed: it is for reporting, not for looking at).
     */
    public static void print(Summary summary, PrintStream out) {
        for (Line line : summary.lines()) {
            if (line.posting().split().equals(Posting.TUNE) && line.rank() != 1) {
                out.printf(Locale.ROOT, "tune  %-44s rank %s  top: %s%n", line.posting().file(),
                        line.rank() == 0 ? "-" : line.rank(), line.ranked().isEmpty() ? "-" : line.ranked().get(0));
            }
        }
        out.println("split language  texts  top-1  top-3    MRR");
        for (Figures f : summary.figures()) {
            out.printf(Locale.ROOT, "%-5s %-8s %6d  %5.3f  %5.3f  %5.3f%n", f.split(), f.language(), f.count(), f.top1(),
                    f.top3(), f.mrr());
        }
    }
}
