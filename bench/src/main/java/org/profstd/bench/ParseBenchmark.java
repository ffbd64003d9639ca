package org.profstd.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/**
 * JMH: time to parse the whole corpus once. Divide the corpus size (printed by {@link ParseThroughput}) by the score
 * for MB/s.
 *
 * <pre>java -Dprofstd.corpus=../shared/corpus -jar bench/target/benchmarks.jar ParseBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    private CorpusFiles corpus;

    @Setup
    public void load() {
        corpus = CorpusFiles.load();
    }

    @Benchmark
    public void parseWholeCorpus(Blackhole sink) {
        for (int i = 0; i < corpus.paths().size(); i++) {
            try {
                sink.consume(Standards.parse(corpus.paths().get(i).getFileName().toString(), corpus.contents().get(i)));
            } catch (UnreadableDocumentException e) {
                sink.consume(e);
            }
        }
    }
}
