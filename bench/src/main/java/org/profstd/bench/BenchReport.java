package org.profstd.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.profstd.search.eval.RelevanceReport;

/** The figures of one run, printed as three tables: loading, latency and throughput, relevance. */
final class BenchReport {
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
        out.println();
        int k = RelevanceReport.K;
        out.printf(Locale.ROOT, "%-9s %18s %18s %18s%n", "engine", "queries P@" + k + " MRR", "texts P@" + k + " MRR",
                "all P@" + k + " MRR");
        for (Relevance.Summary r : relevance) {
            out.printf(Locale.ROOT, "%-9s %s %s %s%n", r.engine(), scores(r.queries()), scores(r.texts()),
                    scores(r.all()));
        }
    }

    private static String scores(Relevance.Scores s) {
        return String.format(Locale.ROOT, "%3d: %5.3f %5.3f   ", s.judgements(), s.precisionAtK(), s.reciprocalRank());
    }
}
