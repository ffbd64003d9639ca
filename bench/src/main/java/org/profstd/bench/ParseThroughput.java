package org.profstd.bench;

import java.util.Locale;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/**
 * Prints parse throughput over the whole corpus, per document and in total, in MB/s (1 MB = 10^6 bytes).
 * Warm-up rounds let the JIT settle; then each measured round parses every document once.
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -cp bench/target/benchmarks.jar org.profstd.bench.ParseThroughput [rounds]</pre>
 */
public final class ParseThroughput {
    private ParseThroughput() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        CorpusFiles corpus = CorpusFiles.load();
        long[] nanos = new long[corpus.paths().size()];
        int[] readable = new int[1];
        for (int warm = 0; warm < Math.max(5, rounds / 2); warm++) {
            parseAll(corpus, null, readable);
        }
        for (int r = 0; r < rounds; r++) {
            parseAll(corpus, nanos, readable);
        }
        System.out.printf(Locale.ROOT, "%-55s %10s %10s %8s%n", "document", "bytes", "ms/parse", "MB/s");
        long totalNanos = 0;
        for (int i = 0; i < nanos.length; i++) {
            long bytes = corpus.contents().get(i).length;
            double perParse = nanos[i] / (double) rounds;
            totalNanos += nanos[i];
            System.out.printf(Locale.ROOT, "%-55s %10d %10.2f %8.1f%n", corpus.paths().get(i).getFileName(), bytes,
                    perParse / 1e6, bytes / (perParse / 1e9) / 1e6);
        }
        double perRound = totalNanos / (double) rounds;
        System.out.printf(Locale.ROOT, "%-55s %10d %10.2f %8.1f%n", "whole corpus (" + nanos.length + " files)",
                corpus.totalBytes(), perRound / 1e6, corpus.totalBytes() / (perRound / 1e9) / 1e6);
        System.out.printf(Locale.ROOT, "rounds: %d, documents read: %d of %d per round, java %s, %d cores%n", rounds,
                readable[0] / (rounds + Math.max(5, rounds / 2)), nanos.length, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
    }

    private static void parseAll(CorpusFiles corpus, long[] nanos, int[] readable) {
        for (int i = 0; i < corpus.paths().size(); i++) {
            long start = System.nanoTime();
            try {
                ParseResult result = Standards.parse(corpus.paths().get(i).getFileName().toString(),
                        corpus.contents().get(i));
                if (!result.standards().isEmpty()) {
                    readable[0]++;
                }
            } catch (UnreadableDocumentException e) {
                // a format not read yet still costs its sniffing; counted in time, not in documents read
            }
            if (nanos != null) {
                nanos[i] += System.nanoTime() - start;
            }
        }
    }
}
