package org.profstd.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.StandardIndex;
import org.profstd.search.index.IndexedStandard;

/**
 * The matcher alone (no PostgreSQL): latency of matching the labelled texts on the corpus and on synthetic registries
 * of the given sizes, then how the time grows with the size of the text (texts of 1k, 100k and 1M characters made of
 * the labelled texts repeated, matched once each on the corpus after a warm-up).
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.MatchBench
 *     [--cards 10000,100000] [--seconds 8] [--chars 1000,100000,1000000] [--index-dir DIR]</pre>
 *
 * With {@code --index-dir} each synthetic registry's index is kept on disk ({@code DIR/cards-N}) and reopened by the
 * next run instead of being generated and indexed again (delete it when the index's fields change).
 */
public final class MatchBench {
    private static final int PAGE = 10;
    private static final double WARM_UP_SECONDS = 15;
    private static final int MAX_ROUNDS = 200;

    private MatchBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> cardCounts = List.of(10_000, 100_000);
        List<Integer> sizes = List.of(1_000, 100_000, 1_000_000);
        double seconds = 8;
        Path indexDir = null;
        if (args.length % 2 != 0) {
            usage();
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cards" -> cardCounts = numbers(args[i + 1]);
                case "--chars" -> sizes = numbers(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--index-dir" -> indexDir = Path.of(args[i + 1]);
                default -> usage();
            }
        }
        Timing.Budget budget = new Timing.Budget(WARM_UP_SECONDS, seconds, MAX_ROUNDS);
        Workload workload = Workload.load();
        List<IndexedStandard> corpus = CorpusEditions.of(CorpusFiles.load());
        List<String> rows = new ArrayList<>();
        try (SearchService service = load(corpus)) {
            rows.add(latency("corpus", CorpusEditions.cardCount(corpus), service, workload, budget));
            for (int size : sizes) {
                rows.add(bySize(service, workload, size));
            }
        }
        CorpusVocabulary vocabulary = CorpusVocabulary.of(corpus);
        for (int cards : cardCounts) {
            try (SearchService service = synthetic(vocabulary, cards, indexDir)) {
                rows.add(latency("synthetic-" + cards, cards, service, workload, budget));
            }
        }
        System.out.println("| dataset | cards | input | runs | p50 ms | p99 ms | max ms | mean CPU ms |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, %d texts per round%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, workload.matchTexts().size());
    }

    /** A synthetic registry's index: reopened from the index folder when it is there, else generated and indexed. */
    private static SearchService synthetic(CorpusVocabulary vocabulary, int cards, Path indexDir) throws IOException {
        if (indexDir == null) {
            return load(new SyntheticRegistry(vocabulary, SyntheticRegistry.SEED).generate(cards));
        }
        Path folder = indexDir.resolve("cards-" + cards);
        boolean exists = Files.isDirectory(folder);
        SearchService service = new SearchService(new StandardIndex(new Analysis(), FSDirectory.open(folder)));
        if (!exists) {
            long start = System.nanoTime();
            service.putAll(new SyntheticRegistry(vocabulary, SyntheticRegistry.SEED).generate(cards));
            progress("indexed %d cards into %s in %.1f s", cards, folder, (System.nanoTime() - start) / 1e9);
        }
        service.match("", 1);
        return service;
    }

    private static SearchService load(List<IndexedStandard> editions) {
        long start = System.nanoTime();
        SearchService service = new SearchService();
        service.putAll(editions);
        service.match("", 1);
        progress("loaded %d editions in %.1f s", editions.size(), (System.nanoTime() - start) / 1e9);
        return service;
    }

    /**
     * Wall-clock percentiles, and the mean CPU time of the matching thread per match: on a shared machine the wall
     * time includes waiting for a core, the CPU time does not.
     */
    private static String latency(String dataset, int cards, SearchService service, Workload workload,
            Timing.Budget budget) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        Latencies l = Timing.measure(text -> {
            long before = threads.getCurrentThreadCpuTime();
            service.match(text, PAGE);
            cpu[0] += threads.getCurrentThreadCpuTime() - before;
            cpu[1]++;
        }, workload.matchTexts(), budget);
        String row = String.format(Locale.ROOT, "| %s | %d | labelled texts | %d | %.2f | %.2f | %.2f | %.2f |",
                dataset, cards, l.count(), l.percentileMillis(50), l.percentileMillis(99), l.percentileMillis(100),
                cpu[0] / 1e6 / cpu[1]);
        progress(row);
        return row;
    }

    /** One match of a text of the given size, after one warm-up match of the same text. */
    private static String bySize(SearchService service, Workload workload, int size) {
        String text = textOf(workload.matchTexts(), size);
        service.match(text.substring(0, Math.min(text.length(), 1000)), PAGE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int found = service.match(text, PAGE).matches().size();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        double millis = (System.nanoTime() - start) / 1e6;
        String row = String.format(Locale.ROOT,
                "| corpus | - | text of %d chars (%d cards) | 1 | %.2f | %.2f | %.2f | %.2f |", text.length(), found,
                millis, millis, millis, cpu / 1e6);
        progress(row);
        return row;
    }

    /** The labelled texts one after another, repeated, cut to the size at a line end where possible. */
    static String textOf(List<String> texts, int size) {
        StringBuilder text = new StringBuilder(size + 1000);
        for (int i = 0; text.length() < size; i++) {
            text.append(texts.get(i % texts.size())).append('\n');
        }
        int cut = text.lastIndexOf("\n", size);
        return text.substring(0, cut > size / 2 ? cut : size);
    }

    private static List<Integer> numbers(String list) {
        return list.isBlank() ? List.of() : Stream.of(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static void usage() {
        System.err.println("usage: MatchBench [--cards N,N...] [--chars N,N...] [--seconds S]");
        System.exit(2);
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }
}
