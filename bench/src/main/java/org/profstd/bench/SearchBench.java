package org.profstd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.profstd.registry.Registry;
import org.profstd.search.index.Entries;
import org.profstd.search.index.IndexedStandard;

/**
 * Search and match, Lucene (the search module) and PostgreSQL full-text search side by side, on the corpus and on
 * synthetic registries of the given sizes: loading time, latency p50/p99 and single-thread throughput of the labelled
 * queries and texts, and on the corpus the relevance of both engines. A Lucene search is the product's page (facets,
 * highlights, one hit per group of a text's cards, the total); PostgreSQL answers twice, with its bare top ten
 * ({@code search}) and with the same page ({@code page}). PostgreSQL is the registry's embedded server,
 * started in a temporary folder and removed afterwards.
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.SearchBench
 *     [--cards 10000,100000] [--seconds 8] [--keep DIR]</pre>
 *
 * <p>{@code --keep DIR} keeps each synthetic registry with its index in {@code DIR/synthetic-N}, to be served by
 * {@code profstd serve --data DIR/synthetic-N} (see {@code bench/scripts/serve-startup.sh}).
 */
public final class SearchBench {
    /** Answers asked per search or match, a page of results. */
    private static final int PAGE = 10;
    private static final double WARM_UP_SECONDS = 3;
    private static final int MAX_ROUNDS = 200;

    private final Workload workload;
    private final Timing.Budget budget;
    private final BenchReport report = new BenchReport();

    /** Where to keep each synthetic dataset's registry and index (for timing `profstd serve` on it), or null. */
    private final Path keep;

    private SearchBench(Workload workload, Timing.Budget budget, Path keep) {
        this.keep = keep;
        this.workload = workload;
        this.budget = budget;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cardCounts = List.of(10_000, 100_000);
        double seconds = 8;
        Path keep = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cards" -> cardCounts = args[i + 1].isBlank() ? List.of()
                        : Stream.of(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--keep" -> keep = Path.of(args[i + 1]);
                default -> usage();
            }
        }
        if (args.length % 2 != 0) {
            usage();
        }
        run(cardCounts, new Timing.Budget(WARM_UP_SECONDS, seconds, MAX_ROUNDS), keep);
    }

    private static void usage() {
        System.err.println("usage: SearchBench [--cards N,N...] [--seconds MEASURED_SECONDS_PER_OPERATION] [--keep DIR]");
        System.exit(2);
    }

    private static void run(List<Integer> cardCounts, Timing.Budget budget, Path keep) throws Exception {
        List<IndexedStandard> corpus = CorpusEditions.of(CorpusFiles.load());
        Workload workload = Workload.load();
        SearchBench bench = new SearchBench(workload, budget, keep);
        bench.dataset("corpus", corpus, true);
        CorpusVocabulary vocabulary = CorpusVocabulary.of(corpus);
        for (int cards : cardCounts) {
            long start = System.nanoTime();
            List<IndexedStandard> synthetic = new SyntheticRegistry(vocabulary, SyntheticRegistry.SEED).generate(cards);
            progress("generated %d cards in %d standards in %.1f s", cards, synthetic.size(), since(start));
            bench.dataset("synthetic-" + cards, synthetic, false);
        }
        bench.report.print(System.out);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d queries and %d texts per round%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, workload.queries().size(), workload.matchTexts().size());
    }

    /**
     * Both engines on one dataset, in a registry of its own (an embedded PostgreSQL in a temporary folder, removed
     * afterwards), one after the other so only one index is open at a time.
     */
    private void dataset(String name, List<IndexedStandard> editions, boolean withRelevance) throws Exception {
        int cards = CorpusEditions.cardCount(editions);
        long entries = editions.stream().mapToLong(e -> Entries.of(e).size()).sum();
        Path data = Files.createTempDirectory("profstd-bench");
        try (Registry registry = Registry.embedded(data.resolve("data"), "bench")) {
            // the index where `profstd serve --data DIR` looks for it, so a kept registry can be served as it is
            try (LuceneEngine lucene = new LuceneEngine(registry, data.resolve("data").resolve("index"))) {
                engine(lucene, name, editions, cards, entries, withRelevance);
                report.load(new BenchReport.Load(name, cards, entries, "lucene reopen", lucene.reopenSeconds()));
            }
            try (SearchEngine postgres = new PostgresEngine(registry.jdbcUrl())) {
                engine(postgres, name, editions, cards, entries, withRelevance);
            }
        } finally {
            if (keep != null && !name.equals("corpus")) {
                Files.createDirectories(keep);
                Files.move(data.resolve("data"), keep.resolve(name));
                progress("kept the registry and index of %s in %s", name, keep.resolve(name));
            }
            delete(data);
        }
    }

    private void engine(SearchEngine engine, String dataset, List<IndexedStandard> editions, int cards, long entries,
            boolean withRelevance) throws Exception {
        long start = System.nanoTime();
        engine.load(editions);
        double seconds = engine instanceof LuceneEngine lucene ? lucene.rebuildSeconds() : since(start);
        report.load(new BenchReport.Load(dataset, cards, entries, engine.name(), seconds));
        progress("%s: %s loaded %d entries in %.1f s", dataset, engine.name(), entries, seconds);
        report.speed(new BenchReport.Speed(dataset, engine.name(), BenchReport.SEARCH,
                Timing.measure(query -> engine.search(query, PAGE), workload.queries(), budget)));
        if (engine instanceof PostgresEngine postgres) {
            report.speed(new BenchReport.Speed(dataset, engine.name(), BenchReport.PAGE,
                    Timing.measure(query -> postgres.searchPage(query, PAGE), workload.queries(), budget)));
        }
        report.speed(new BenchReport.Speed(dataset, engine.name(), "match",
                Timing.measure(text -> engine.match(text, PAGE), workload.matchTexts(), budget)));
        if (withRelevance) {
            report.relevance(Relevance.of(engine, workload));
        }
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("could not remove " + folder + ": " + e.getMessage());
        }
    }
}
