package org.profstd.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.StandardIndex;

/**
 * Search latency query by query on an index kept on disk (by {@code SearchBench --keep DIR}), opened read-only as a
 * second process opens it: which of the labelled queries make the p99, in wall time and in CPU time summed over the
 * JVM's threads (a search uses the index searcher's threads besides the calling one). A profiling aid that needs no
 * registry and no rebuild.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.profstd.bench.KeptIndexLatency DIR/synthetic-100000/index [SECONDS]</pre>
 */
public final class KeptIndexLatency {
    private static final int PAGE = 10;

    private KeptIndexLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: KeptIndexLatency INDEX_FOLDER [MEASURED_SECONDS]");
            System.exit(2);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> queries = Workload.load().queries();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SearchService search = new SearchService(StandardIndex.openReadOnly(new Analysis(), Path.of(args[0])))) {
            System.err.printf(Locale.ROOT, "%d entries%n", search.index().entryCount());
            run(search, queries, 3, new LinkedHashMap<>(), threads);
            Map<String, Latencies[]> byQuery = new LinkedHashMap<>();
            run(search, queries, seconds, byQuery, threads);
            Latencies allWall = new Latencies();
            Latencies allCpu = new Latencies();
            System.out.printf("%-45s %6s %9s %9s %9s %9s%n", "query", "runs", "p50 ms", "p99 ms", "cpu p50", "hits");
            for (Map.Entry<String, Latencies[]> query : byQuery.entrySet()) {
                Latencies wall = query.getValue()[0];
                Latencies cpu = query.getValue()[1];
                wall.forEach(allWall::add);
                cpu.forEach(allCpu::add);
                System.out.printf(Locale.ROOT, "%-45s %6d %9.2f %9.2f %9.2f %9d%n", query.getKey(), wall.count(),
                        wall.percentileMillis(50), wall.percentileMillis(99), cpu.percentileMillis(50),
                        search.search(query.getKey(), SearchFilters.NONE, PAGE).total());
            }
            System.out.printf(Locale.ROOT, "%-45s %6d %9.2f %9.2f %9.2f%n", "all", allWall.count(),
                    allWall.percentileMillis(50), allWall.percentileMillis(99), allCpu.percentileMillis(50));
        }
    }

    private static void run(SearchService search, List<String> queries, double seconds,
            Map<String, Latencies[]> byQuery, ThreadMXBean threads) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            for (String query : queries) {
                long cpu = cpuOfAllThreads(threads);
                long start = System.nanoTime();
                search.search(query, SearchFilters.NONE, PAGE);
                long wall = System.nanoTime() - start;
                Latencies[] latencies = byQuery.computeIfAbsent(query, q -> new Latencies[] {new Latencies(),
                        new Latencies()});
                latencies[0].add(wall);
                latencies[1].add(cpuOfAllThreads(threads) - cpu);
            }
        } while (System.nanoTime() < end);
    }

    /** The CPU time every live thread of the JVM has used so far. */
    private static long cpuOfAllThreads(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }
}
