package org.profstd.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * over the whole shared corpus; after a warm-up, the engines take turns for a number of rounds, each round on postings
 * of its own. The postings are the relevance set's, each joined with another one so that every
 * text differs (Solr's caches answer a repeated query without searching).
 *
 * <pre>
 * mvn -B -q -pl solr -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
 * java -Dprofstd.corpus=../shared/corpus -cp solr/target/test-classes:solr/target/classes:$(cat solr/target/bench.classpath) \
 *     org.profstd.solr.BatchMatchBench [POSTINGS] [PARALLEL] [ROUNDS]
 * </pre>
 */
public final class BatchMatchBench {
    private static final int WARM_UP = 40;

    private BatchMatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<IndexedStandard> editions = CloudFixture.wholeCorpus();
        Path work = Files.createTempDirectory("profstd-batch-bench");
        Path warmUp = postings(work.resolve("warm-up"), 0, WARM_UP);
        System.out.printf("batch matching: %d postings, %d parallel, %d editions of the corpus, %d cores%n", count,
                parallel, editions.size(), Runtime.getRuntime().availableProcessors());
        MiniSolrCloudCluster one = CloudFixture.start(1);
        MiniSolrCloudCluster two = CloudFixture.start(2);
        try (SearchService embedded = new SearchService()) {
            embedded.putAll(editions);
            Map<String, SearchBackend> engines = new LinkedHashMap<>();
            engines.put("embedded Lucene", embedded);
            engines.put("SolrCloud, 1 node, 2 shards x 1 replica", solr(one, 1, editions));
            engines.put("SolrCloud, 2 nodes, 2 shards x 2 replicas", solr(two, 2, editions));
            for (Map.Entry<String, SearchBackend> engine : engines.entrySet()) {
                run(engine.getValue(), warmUp, parallel, work.resolve(engine.getKey().hashCode() + "-warm-up.jsonl"));
            }
            // the engines take turns, so that a burst of load on the machine does not fall on one of them only
            for (int round = 1; round <= rounds; round++) {
                // each round its own postings: Solr's caches never answer a query they saw in an earlier round
                Path postings = postings(work.resolve("postings-" + round), WARM_UP + (round - 1) * count, count);
                for (Map.Entry<String, SearchBackend> engine : engines.entrySet()) {
                    BatchMatch.Outcome outcome = run(engine.getValue(), postings, parallel,
                            work.resolve(round + "-" + engine.getKey().hashCode() + ".jsonl"));
                    System.out.printf("round %d  %-45s %6d postings in %6.1f s  %7.1f postings/s%n", round,
                            engine.getKey(), outcome.matched(), outcome.millis() / 1000.0, outcome.perSecond());
                }
            }
        } finally {
            one.shutdown();
            two.shutdown();
        }
    }

    private static SearchBackend solr(MiniSolrCloudCluster cluster, int replicas, List<IndexedStandard> editions)
            throws Exception {
        CloudFixture.createCollection(cluster, "bench", 2, replicas);
        SolrCollection collection = new SolrCollection(cluster.getSolrClient(), "bench");
        CollectionKeeper.replaceAll(collection, editions);
        return new SolrSearch(collection);
    }

    private static BatchMatch.Outcome run(SearchBackend engine, Path folder, int parallel, Path out) throws Exception {
        try (MatchOutput output = MatchOutput.open(out)) {
            return new BatchMatch(engine, 5, parallel).run(new PostingInput(folder,
                    (n, bytes) -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)), output, (d, t) -> { },
                    problem -> System.err.println(problem));
        }
    }

    /** {@code count} distinct postings from the {@code first}: posting i of the set followed by another one of it. */
    private static Path postings(Path folder, int first, int count) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CloudFixture.relevanceSet().resolve("postings"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        Files.createDirectories(folder);
        int n = texts.size();
        for (int i = first; i < first + count; i++) {
            String text = texts.get(i % n) + "\n\n" + texts.get((i / n + 1 + i * 7) % n);
            Files.writeString(folder.resolve(String.format("posting-%05d.txt", i)), text);
        }
        return folder;
    }
}
