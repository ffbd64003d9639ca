package org.profstd.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.profstd.search.SearchBackend;
import org.profstd.search.SearchService;
import org.profstd.search.index.IndexedStandard;
import org.profstd.solr.batch.BatchMatch;
import org.profstd.solr.batch.MatchOutput;
import org.profstd.solr.batch.PostingInput;

/**
 * Batch matching throughput, postings per second, in one run: the embedded engine, a SolrCloud of one node (a
 * collection of 2 shards x 1 replica) and of two nodes (2 shards x 2 replicas), the nodes started in this JVM, each
 * over the whole shared corpus. The postings are the relevance set's, each joined with another one so that every
 * text differs (Solr's caches answer a repeated query without searching).
 *
 * <pre>
 * mvn -B -q -pl solr -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -Dprofstd.corpus=../shared/corpus -cp solr/target/test-classes:solr/target/classes:$(cat solr/target/bench.classpath) \
 *     org.profstd.solr.BatchMatchBench [POSTINGS] [PARALLEL]
 * </pre>
 */
public final class BatchMatchBench {
    private static final int WARM_UP = 40;

    private BatchMatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<IndexedStandard> editions = TestCluster.wholeCorpus();
        Path work = Files.createTempDirectory("profstd-batch-bench");
        Path postings = postings(work.resolve("postings"), count);
        Path warmUp = postings(work.resolve("warm-up"), WARM_UP);
        System.out.printf("batch matching: %d postings, %d parallel, %d editions of the corpus, %d cores%n", count,
                parallel, editions.size(), Runtime.getRuntime().availableProcessors());
        try (SearchService embedded = new SearchService()) {
            embedded.putAll(editions);
            report("embedded Lucene", embedded, warmUp, postings, parallel, work);
        }
        solr("SolrCloud, 1 node, 2 shards x 1 replica", 1, 1, editions, warmUp, postings, parallel, work);
        solr("SolrCloud, 2 nodes, 2 shards x 2 replicas", 2, 2, editions, warmUp, postings, parallel, work);
    }

    private static void solr(String name, int nodes, int replicas, List<IndexedStandard> editions, Path warmUp,
            Path postings, int parallel, Path work) throws Exception {
        MiniSolrCloudCluster cluster = TestCluster.start(nodes);
        try {
            TestCluster.createCollection(cluster, "bench", 2, replicas);
            SolrCollection collection = new SolrCollection(cluster.getSolrClient(), "bench");
            CollectionKeeper.replaceAll(collection, editions);
            report(name, new SolrSearch(collection), warmUp, postings, parallel, work);
        } finally {
            cluster.shutdown();
        }
    }

    private static void report(String name, SearchBackend engine, Path warmUp, Path postings, int parallel,
            Path work) throws Exception {
        run(engine, warmUp, parallel, work.resolve(name.hashCode() + "-warm-up.jsonl"));
        BatchMatch.Outcome outcome = run(engine, postings, parallel, work.resolve(name.hashCode() + ".jsonl"));
        System.out.printf("%-45s %6d postings in %6.1f s  %7.1f postings/s%n", name, outcome.matched(),
                outcome.millis() / 1000.0, outcome.perSecond());
    }

    private static BatchMatch.Outcome run(SearchBackend engine, Path folder, int parallel, Path out) throws Exception {
        try (MatchOutput output = MatchOutput.open(out)) {
            return new BatchMatch(engine, 5, parallel).run(new PostingInput(folder,
                    (n, bytes) -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)), output, (d, t) -> { },
                    problem -> System.err.println(problem));
        }
    }

    /** {@code count} distinct postings: posting i of the set followed by another one of it. */
    private static Path postings(Path folder, int count) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCluster.relevanceSet().resolve("postings"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        Files.createDirectories(folder);
        int n = texts.size();
        for (int i = 0; i < count; i++) {
            String text = texts.get(i % n) + "\n\n" + texts.get((i / n + 1 + i * 7) % n);
            Files.writeString(folder.resolve(String.format("posting-%05d.txt", i)), text);
        }
        return folder;
    }
}
