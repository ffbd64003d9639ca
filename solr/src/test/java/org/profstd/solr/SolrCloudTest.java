package org.profstd.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.registry.IngestReport;
import org.profstd.registry.Registry;
import org.profstd.search.CardMatch;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.search.SearchFilters;
import org.profstd.search.SearchHit;
import org.profstd.search.SearchResult;
import org.profstd.search.SearchService;
import org.profstd.search.eval.PostingsReport;
import org.profstd.search.eval.RelevanceReport;
import org.profstd.search.index.IndexedStandard;
import org.profstd.services.IndexProgress;
import org.profstd.services.Services;

/**
 * A real SolrCloud cluster of two nodes in this JVM, with the corpus pushed to a collection of 2 shards x 2 replicas:
 * it answers as the embedded index over the same corpus, and goes on answering with a node stopped.
 *
 * <p>Run only these tests: {@code mvn -B -pl solr -am verify -Dtest='SolrCloud*' -Dsurefire.failIfNoSpecifiedTests=false}
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
    private static final String CORPUS = "corpus";
    private static final double TOLERANCE = 0.02;

    private static MiniSolrCloudCluster cluster;
    private static SearchService embedded;
    private static SolrCollection collection;
    private static SolrSearch solr;

    @TempDir
    static Path nodes;

    @BeforeAll
    static void pushCorpus() throws Exception {
        cluster = CloudFixture.start(2, nodes);
        CloudFixture.createCollection(cluster, CORPUS, 2, 2);
        List<IndexedStandard> editions = CloudFixture.wholeCorpus();
        embedded = new SearchService();
        embedded.putAll(editions);
        collection = new SolrCollection(cluster.getSolrClient(), CORPUS);
        CollectionKeeper.replaceAll(collection, editions);
        solr = new SolrSearch(collection);
    }

    @AfterAll
    static void stop() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    @Order(1)
    void theCollectionHoldsEveryEntryOfTheEmbeddedIndex() {
        SearchResult all = solr.search("", SearchFilters.NONE.withHistory(true), 0, 1);
        assertThat(all.total()).isEqualTo(embedded.search("", SearchFilters.NONE.withHistory(true), 0, 1).total());
        assertThat(all.facets().get("type")).isEqualTo(embedded.search("", SearchFilters.NONE.withHistory(true), 0, 1)
                .facets().get("type"));
    }

    @Test
    @Order(2)
    void searchesAnswerAsTheEmbeddedIndex() {
        for (String query : List.of("программист", "разработка программного обеспечения", "06.024",
                "бағдарламалық қамтамасыз ету", "администрирование серверв", "и в на")) {
            SearchResult expected = embedded.search(query, SearchFilters.NONE, 0, 20);
            SearchResult actual = solr.search(query, SearchFilters.NONE, 0, 20);
            assertThat(actual.total()).as(query).isEqualTo(expected.total());
            assertThat(actual.hint()).as(query).isEqualTo(expected.hint());
            assertThat(ranks(actual.hits())).as(query).isEqualTo(ranks(expected.hits()));
            assertThat(actual.facets()).as(query).isEqualTo(expected.facets());
        }
    }

    @Test
    @Order(3)
    void highlightsMarkTheWordsFound() {
        SearchHit hit = solr.search("программист", SearchFilters.NONE, 0, 5).hits().stream()
                .filter(h -> !h.type().equals("standard")).findFirst().orElseThrow();
        assertThat(hit.highlight()).containsPattern("(?i)<b>программист[а-я]*</b>");
    }

    @Test
    @Order(4)
    void suggestionsAreTheEmbeddedOnes() {
        for (String prefix : List.of("прог", "разработка пр", "бағдар")) {
            assertThat(solr.suggest(prefix, 8)).as(prefix).isEqualTo(embedded.suggest(prefix, 8));
        }
    }

    @Test
    @Order(5)
    void relevanceSetScoresWithinTwoHundredthsOfTheEmbeddedEngine() throws Exception {
        Path set = CloudFixture.relevanceSet();
        RelevanceReport.Summary expected = new RelevanceReport(embedded, set).run();
        RelevanceReport.Summary actual = new RelevanceReport(solr, set).run();
        assertThat(actual.meanPrecisionAtK()).as(() -> differences(expected, actual))
                .isCloseTo(expected.meanPrecisionAtK(), within(TOLERANCE));
        assertThat(actual.meanReciprocalRank()).as(() -> differences(expected, actual))
                .isCloseTo(expected.meanReciprocalRank(), within(TOLERANCE));

        PostingsReport.Summary postingsExpected = new PostingsReport(embedded, set).run();
        PostingsReport.Summary postingsActual = new PostingsReport(solr, set).run();
        System.out.printf("relevance set, embedded vs SolrCloud: searches and texts P@3 %.3f vs %.3f, MRR %.3f vs %.3f;"
                + " postings top-3 %.3f vs %.3f, MRR %.3f vs %.3f%n", expected.meanPrecisionAtK(),
                actual.meanPrecisionAtK(), expected.meanReciprocalRank(), actual.meanReciprocalRank(),
                top3(postingsExpected), top3(postingsActual), mrr(postingsExpected), mrr(postingsActual));
        assertThat(top3(postingsActual)).isCloseTo(top3(postingsExpected), within(TOLERANCE));
        assertThat(mrr(postingsActual)).isCloseTo(mrr(postingsExpected), within(TOLERANCE));
    }

    @Test
    @Order(6)
    void matchAndGapAreTheEmbeddedOnes() throws Exception {
        Path texts = CloudFixture.relevanceSet().resolve("texts");
        String text;
        try (var files = Files.list(texts)) {
            text = Files.readString(files.sorted().findFirst().orElseThrow());
        }
        MatchResult expected = embedded.match(text, 10);
        MatchResult actual = solr.match(text, 10);
        assertThat(expected.matches()).isNotEmpty();
        assertThat(actual.matches().stream().map(m -> m.card().id() + " " + m.score()).toList())
                .isEqualTo(expected.matches().stream().map(m -> m.card().id() + " " + m.score()).toList());
        CardMatch top = expected.matches().get(0);
        GapResult gap = solr.gap(text, top.card().id()).orElseThrow();
        assertThat(gap).isEqualTo(embedded.gap(text, top.card().id()).orElseThrow());
        assertThat(solr.gap(text, "0/0")).isEmpty();
    }

    @Test
    @Order(7)
    void registryChangesReachTheCollection(@TempDir Path data) throws Exception {
        CloudFixture.createCollection(cluster, "registry", 2, 1);
        Path seeds = CloudFixture.corpus().resolve("seeds");
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().limit(3).toList();
        }
        try (Registry registry = Registry.embedded(data, "test");
                SolrCollection target = new SolrCollection(cluster.getSolrClient(), "registry")) {
            int first = registry.ingest(files.get(0)).standards().size();
            int second = registry.ingest(files.get(1)).standards().size();
            CollectionKeeper keeper = new CollectionKeeper(registry, target, IndexProgress.SILENT);
            assertThat(keeper.pushed()).isFalse();
            keeper.rebuild();
            SolrSearch search = new SolrSearch(target);
            assertThat(keeper.status().editions()).isEqualTo(first + second);
            assertThat(keeper.status().behind()).isZero();

            IngestReport third = registry.ingest(files.get(2));
            int added = third.standards().size();
            assertThat(keeper.status().behind()).isEqualTo(added);
            assertThat(keeper.catchUp()).isEqualTo(added);
            assertThat(keeper.status().editions()).isEqualTo(first + second + added);
            String standard = String.valueOf(third.standards().get(0).standardId());
            assertThat(search.search("", SearchFilters.NONE.withStandard(standard), 0, 1).total()).isPositive();

            registry.withdraw(Long.parseLong(standard), "replaced");
            // a second process, opened later, catches up from the horizon recorded on the collection
            CollectionKeeper later = new CollectionKeeper(registry, target, IndexProgress.SILENT);
            assertThat(later.pushed()).isTrue();
            assertThat(later.catchUp()).isEqualTo(1);
            assertThat(search.search("", SearchFilters.NONE.withStandard(standard), 0, 1).total()).isZero();
            assertThat(search.search("", SearchFilters.NONE.withStandard(standard).withHistory(true), 0, 1).total())
                    .isPositive();

            // as the command line reaches it: by the ZooKeeper address of the cluster
            SolrAddress address = SolrAddress.parse("solr:" + cluster.getZkServer().getZkAddress() + "/registry");
            try (Services services = SolrServices.open(registry, address, IndexProgress.SILENT)) {
                assertThat(services.index().status().behind()).isZero();
                assertThat(services.index().status().editions()).isEqualTo(first + second + added);
                assertThat(services.search().search("", SearchFilters.NONE, 0, 1).total()).isPositive();
            }
        }
    }

    @Test
    @Order(8)
    void queriesAreAnsweredWithANodeStopped() throws Exception {
        DocCollection state = cluster.getSolrClient().getClusterState().getCollection(CORPUS);
        for (JettySolrRunner node : cluster.getJettySolrRunners()) {
            Set<String> shards = state.getReplicas(node.getNodeName()).stream().map(Replica::getShard)
                    .collect(Collectors.toSet());
            assertThat(shards).as("each node holds a replica of every shard").containsExactlyInAnyOrder("shard1",
                    "shard2");
        }
        // a replica counts the documents an earlier push deleted in its term statistics until they are merged away,
        // and replicas merge at their own pace: merged down to one segment, every replica scores alike
        UpdateRequest merge = new UpdateRequest();
        merge.setAction(AbstractUpdateRequest.ACTION.OPTIMIZE, true, true, 1);
        merge.process(cluster.getSolrClient(), CORPUS);
        SearchResult before = solr.search("программист", SearchFilters.NONE, 0, 10);
        MatchResult matchBefore = solr.match("Программист Java, Spring, SQL, разработка веб-приложений", 5);
        JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        cluster.waitForJettyToStop(stopped);
        SearchResult after = solr.search("программист", SearchFilters.NONE, 0, 10);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(summary(after.hits())).isEqualTo(summary(before.hits()));
        // matching takes the best-scoring items as candidates; items of equal score come in the answering replica's
        // document order, so near-equal cards below the first may trade places: the best card and the count hold
        List<String> matchAfter = solr.match("Программист Java, Spring, SQL, разработка веб-приложений", 5).matches()
                .stream().map(m -> m.card().id()).toList();
        assertThat(matchAfter).hasSameSizeAs(matchBefore.matches());
        assertThat(matchAfter.get(0)).isEqualTo(matchBefore.matches().get(0).card().id());
        assertThat(solr.suggest("прог", 5)).isNotEmpty();
    }

    /**
     * Hits by rank: the hits of each score in turn (hits of one score may come in any order: the engines break ties
     * by their own document order), the last score left out as it may go on past the page.
     */
    private static List<Set<String>> ranks(List<SearchHit> hits) {
        Map<Long, Set<String>> byScore = new java.util.LinkedHashMap<>();
        List<String> seen = summary(hits);
        for (int i = 0; i < hits.size(); i++) {
            byScore.computeIfAbsent(Math.round(hits.get(i).score() * 1000.0), s -> new java.util.TreeSet<>())
                    .add(seen.get(i));
        }
        List<Set<String>> ranks = new java.util.ArrayList<>(byScore.values());
        return ranks.isEmpty() ? ranks : ranks.subList(0, ranks.size() - 1);
    }

    /** What a person sees of hits: type, text, standard and cards, in order. */
    private static List<String> summary(List<SearchHit> hits) {
        return hits.stream().map(h -> h.type() + " | " + h.text() + " | " + h.standard().title() + " | "
                + h.cards().stream().map(c -> c.id()).toList()).toList();
    }

    /** The judgements the engines rank differently: what a failure shows. */
    private static String differences(RelevanceReport.Summary expected, RelevanceReport.Summary actual) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < expected.lines().size(); i++) {
            RelevanceReport.Line e = expected.lines().get(i);
            RelevanceReport.Line a = actual.lines().get(i);
            if (!e.ranked().subList(0, Math.min(5, e.ranked().size()))
                    .equals(a.ranked().subList(0, Math.min(5, a.ranked().size())))) {
                out.append(e.judgement().input()).append("\n  embedded ").append(e.ranked()).append("\n  solr     ")
                        .append(a.ranked()).append('\n');
            }
        }
        return out.toString();
    }

    private static double top3(PostingsReport.Summary summary) {
        return summary.lines().stream().filter(l -> l.rank() >= 1 && l.rank() <= 3).count()
                / (double) summary.lines().size();
    }

    private static double mrr(PostingsReport.Summary summary) {
        return summary.lines().stream().mapToDouble(l -> l.rank() == 0 ? 0 : 1.0 / l.rank()).average().orElse(0);
    }

}
