package org.profstd.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchBackend;
import org.profstd.search.SearchService;
import org.profstd.search.index.ParsedEditions;

/**
 * Measures relevance over a labelled set: for each judgement the ranked list of distinct standards (search hits or
 * matched cards), then precision at k and the mean reciprocal rank of the first relevant standard.
 *
 * <pre>java ... org.profstd.search.eval.RelevanceReport CORPUS_DIR RELEVANCE_DIR</pre>
 * (the judgements over the seeds, then the postings set over every document of the corpus).
 */
public final class RelevanceReport {
    public static final int K = 3;
    private static final int DEPTH = 50;

    private final SearchBackend service;
    private final Path folder;

    public RelevanceReport(SearchBackend service, Path folder) {
        this.service = service;
        this.folder = folder;
    }

    /** Per judgement: its rank list and scores; then the means. */
    public record Line(Judgement judgement, List<String> ranked, double precisionAtK, double reciprocalRank) {
    }

    public record Summary(List<Line> lines, double meanPrecisionAtK, double meanReciprocalRank) {
    }

    public Summary run() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Judgement judgement : Judgement.read(folder)) {
            List<String> ranked = ranked(judgement);
            lines.add(new Line(judgement, ranked, precisionAtK(ranked, judgement), reciprocalRank(ranked, judgement)));
        }
        return new Summary(lines, lines.stream().mapToDouble(Line::precisionAtK).average().orElse(0),
                lines.stream().mapToDouble(Line::reciprocalRank).average().orElse(0));
    }

    private List<String> ranked(Judgement judgement) throws IOException {
        Stream<String> titles = Judgement.TEXT.equals(judgement.kind())
                ? service.match(Files.readString(folder.resolve("texts").resolve(judgement.input())), DEPTH)
                        .matches().stream().map(m -> m.standard().title())
                : service.search(judgement.input(), SearchFilters.NONE, DEPTH).hits().stream()
                        .map(h -> h.standard().title());
        return List.copyOf(titles.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Relevant among the first k distinct standards, over the number a perfect list could have there. */
    static double precisionAtK(List<String> ranked, Judgement judgement) {
        long hits = ranked.stream().limit(K).filter(judgement.relevant()::contains).count();
        return (double) hits / Math.min(K, judgement.relevant().size());
    }

    static double reciprocalRank(List<String> ranked, Judgement judgement) {
        for (int i = 0; i < ranked.size(); i++) {
            if (judgement.relevant().contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static void print(Summary summary, PrintStream out) {
        for (Line line : summary.lines()) {
            out.printf("%-5s %-45s P@%d %.2f  RR %.2f  top: %s%n", line.judgement().kind(), line.judgement().input(),
                    K, line.precisionAtK(), line.reciprocalRank(),
                    line.ranked().isEmpty() ? "-" : line.ranked().get(0));
        }
        out.printf("%d judgements  mean P@%d %.3f  MRR %.3f%n", summary.lines().size(), K,
                summary.meanPrecisionAtK(), summary.meanReciprocalRank());
    }

    /**
     * Indexes every readable document of every folder of the corpus (seeds, registry XML, DOCX, PDF): the postings
     * set is labelled with standards from all of them. Editions of one standard are current or superseded as a
     * registry loaded with the folder holds them, so that the figures are those of {@code relevance} over it.
     */
    public static SearchService indexWholeCorpus(Path corpus) throws IOException {
        SearchService service = new SearchService();
        List<org.profstd.search.index.IndexedStandard> editions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    editions.addAll(ParsedEditions.of(Standards.parse(file)));
                } catch (UnreadableDocumentException e) {
                    System.err.println("skipped " + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        service.putAll(CurrentEditions.settle(editions));
        return service;
    }

    /** Indexes every seed of the corpus as current editions. */
    public static SearchService indexCorpus(Path corpus) throws IOException {
        SearchService service = new SearchService();
        try (Stream<Path> files = Files.list(corpus.resolve("seeds"))) {
            for (Path file : files.sorted().toList()) {
                try {
                    ParsedEditions.of(Standards.parse(file)).forEach(service::put);
                } catch (UnreadableDocumentException e) {
                    System.err.println("skipped " + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return service;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RelevanceReport CORPUS_DIR RELEVANCE_DIR");
            System.exit(2);
        }
        try (SearchService service = indexCorpus(Path.of(args[0]))) {
            print(new RelevanceReport(service, Path.of(args[1])).run(), System.out);
        }
        try (SearchService service = indexWholeCorpus(Path.of(args[0]))) {
            PostingsReport.print(new PostingsReport(service, Path.of(args[1])).run(), System.out);
        }
    }
}
