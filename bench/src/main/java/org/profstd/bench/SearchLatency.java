package org.profstd.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchService;
import org.profstd.search.index.IndexedStandard;

/**
 * Search alone, on Lucene, with facets and highlights as the registry runs it: wall time and the CPU time of the
 * searching thread per query, on synthetic registries of the given sizes. The CPU time tells the cost of a search
 * apart from waiting for a core on a busy machine, which the wall time of {@link SearchBench} includes.
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.SearchLatency
 *     [--cards 10000,100000] [--seconds 10]</pre>
 */
public final class SearchLatency {
    private static final int PAGE = 10;
    private static final double WARM_UP_SECONDS = 3;

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(10_000, 100_000);
        double seconds = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cards" -> sizes = Stream.of(args[i + 1].split(",")).map(String::strip).map(Integer::valueOf)
                        .toList();
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                default -> {
                    System.err.println("usage: SearchLatency [--cards N,N...] [--seconds MEASURED_SECONDS]");
                    System.exit(2);
                }
            }
        }
        List<IndexedStandard> corpus = CorpusEditions.of(CorpusFiles.load());
        List<String> queries = Workload.load().queries();
        System.out.printf("%-10s %8s %6s %9s %9s %9s %9s%n", "cards", "entries", "runs", "p50 ms", "p99 ms",
                "cpu p50", "cpu p99");
        for (int cards : sizes) {
            List<IndexedStandard> editions = new SyntheticRegistry(CorpusVocabulary.of(corpus), SyntheticRegistry.SEED)
                    .generate(cards);
            try (SearchService search = new SearchService()) {
                long start = System.nanoTime();
                search.putAll(editions);
                System.err.printf(Locale.ROOT, "%d cards indexed in %.1f s%n", cards, (System.nanoTime() - start) / 1e9);
                run(search, queries, WARM_UP_SECONDS, new Latencies(), new Latencies());
                Latencies wall = new Latencies();
                Latencies cpu = new Latencies();
                run(search, queries, seconds, wall, cpu);
                long entries = editions.stream().mapToLong(e -> org.profstd.search.index.Entries.of(e).size()).sum();
                System.out.printf(Locale.ROOT, "%-10d %8d %6d %9.2f %9.2f %9.2f %9.2f%n", cards, entries, wall.count(),
                        wall.percentileMillis(50), wall.percentileMillis(99), cpu.percentileMillis(50),
                        cpu.percentileMillis(99));
            }
        }
    }

    /** Rounds over all queries until the time is up, at least one round. */
    private static void run(SearchService search, List<String> queries, double seconds, Latencies wall,
            Latencies cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            for (String query : queries) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                search.search(query, SearchFilters.NONE, PAGE);
                wall.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        } while (System.nanoTime() < end);
    }
}
