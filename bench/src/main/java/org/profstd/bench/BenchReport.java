package org.profstd.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.profstd.search.eval.RelevanceReport;

/**
 * The figures of one run, printed as four tables: loading; latency and throughput of every operation; search latency
 * side by side per dataset (the Lucene page, PostgreSQL's bare search and PostgreSQL's page); relevance.
 */
final class BenchReport {
    /** A search: on Lucene the product's page, on PostgreSQL the bare top of the ranked entries. */
    static final String SEARCH = "search";
    /** PostgreSQL's search page: what Lucene's search shows, made by SQL. */
    static final String PAGE = "page";

    record Load(String dataset, int cards, long entries, String engine, double seconds) {
    }

    record Speed(String dataset, String engine, String operation, Latencies latencies) {
    }

    private final List<Load> loads = new ArrayList<>();
    private final List<Speed> speeds = new ArrayList<>();
    private final List<Relevance.Summary> relevance = new ArrayList<>();

    void load(Load load) {
        loads.add(load);
    }

    void speed(Speed speed) {
        speeds.add(speed);
    }

    void relevance(Relevance.Summary summary) {
        relevance.add(summary);
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-16s %8s %10s %-14s %9s%n", "dataset", "cards", "entries", "engine", "load s");
        for (Load l : loads) {
            out.printf(Locale.ROOT, "%-16s %8d %10d %-14s %9.1f%n", l.dataset(), l.cards(), l.entries(), l.engine(),
                    l.seconds());
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s %-9s %-7s %6s %9s %9s %9s%n", "dataset", "engine", "op", "runs", "p50 ms",
                "p99 ms", "ops/s");
        for (Speed s : speeds) {
            Latencies l = s.latencies();
            out.printf(Locale.ROOT, "%-16s %-9s %-7s %6d %9.2f %9.2f %9.1f%n", s.dataset(), s.engine(), s.operation(),
                    l.count(), l.percentileMillis(50), l.percentileMillis(99), l.perSecond());
        }
        printSearchSideBySide(out);
        out.println();
        int k = RelevanceReport.K;
        out.printf(Locale.ROOT, "%-9s %18s %18s %18s%n", "engine", "queries P@" + k + " MRR", "texts P@" + k + " MRR",
                "all P@" + k + " MRR");
        for (Relevance.Summary r : relevance) {
            out.printf(Locale.ROOT, "%-9s %s %s %s%n", r.engine(), scores(r.queries()), scores(r.texts()),
                    scores(r.all()));
        }
    }

    /**
     * Per dataset, the latencies to compare: Lucene's search (a page with facets, highlights, grouped hits and the
     * total) against PostgreSQL's bare search and against PostgreSQL making the same page.
     */
    private void printSearchSideBySide(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-16s %19s %19s %19s%n", "search ms", "lucene page", "postgres bare",
                "postgres page");
        out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s %9s %9s%n", "dataset", "p50", "p99", "p50", "p99", "p50",
                "p99");
        for (String dataset : speeds.stream().map(Speed::dataset).distinct().toList()) {
            out.printf(Locale.ROOT, "%-16s %s %s %s%n", dataset, percentiles(dataset, LuceneEngine.NAME, SEARCH),
                    percentiles(dataset, PostgresEngine.NAME, SEARCH), percentiles(dataset, PostgresEngine.NAME, PAGE));
        }
    }

    /** p50 and p99 of one operation on one dataset, dashes when it was not measured. */
    private String percentiles(String dataset, String engine, String operation) {
        return speeds.stream()
                .filter(s -> s.dataset().equals(dataset) && s.engine().equals(engine)
                        && s.operation().equals(operation))
                .findFirst().map(s -> String.format(Locale.ROOT, "%9.2f %9.2f", s.latencies().percentileMillis(50),
                        s.latencies().percentileMillis(99)))
                .orElse(String.format(Locale.ROOT, "%9s %9s", "-", "-"));
    }

    private static String scores(Relevance.Scores s) {
        return String.format(Locale.ROOT, "%3d: %5.3f %5.3f   ", s.judgements(), s.precisionAtK(), s.reciprocalRank());
    }
}
