package org.profstd.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.ParsedEditions;

/**
 * A SolrCloud cluster started in this JVM (its own ZooKeeper and Jetty nodes), with the profstd configset uploaded,
 * and the shared corpus parsed as the relevance set reads it.
 */
public final class CloudFixture {
    public static final String CONFIGSET = "profstd";

    private CloudFixture() {
    }

    /** A cluster whose nodes keep their data in a new temporary folder (a benchmark's: left for the system). */
    public static MiniSolrCloudCluster start(int nodes) throws Exception {
        return start(nodes, Files.createTempDirectory("profstd-solrcloud"));
    }

    /** A cluster whose nodes keep their data in {@code base}. */
    public static MiniSolrCloudCluster start(int nodes, Path base) throws Exception {
        String solrXml;
        try (var in = CloudFixture.class.getResourceAsStream("/test-solr.xml")) {
            solrXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return new MiniSolrCloudCluster.Builder(nodes, base).withSolrXml(solrXml).addConfig(CONFIGSET, configset())
                .build();
    }

    /** The configset as the build copies it from src/main/resources. */
    public static Path configset() {
        Path built = Path.of("target", "classes", "profstd-configset");
        return Files.isDirectory(built) ? built : Path.of("solr", "target", "classes", "profstd-configset");
    }

    /** Creates a collection of {@code shards} x {@code replicas} and waits until every replica is active. */
    public static void createCollection(MiniSolrCloudCluster cluster, String name, int shards, int replicas)
            throws Exception {
        CollectionAdminRequest.createCollection(name, CONFIGSET, shards, replicas).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, shards, shards * replicas);
    }

    public static Path corpus() {
        String configured = System.getProperty("profstd.corpus");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "shared", "corpus");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath());
        }
        return root;
    }

    /** The labelled relevance set of the search module. */
    public static Path relevanceSet() {
        Path set = Path.of("..", "search", "src", "test", "resources", "relevance");
        return Files.isDirectory(set) ? set : Path.of("search", "src", "test", "resources", "relevance");
    }

    /**
     * Every readable document of the corpus as current editions, as the relevance reports index it; an edition read
     * from two files (its DOCX and its PDF) once, the later one, as either engine would keep it. Both engines then
     * start from the same entries with no replaced ones, whose deletion would count in the term statistics until
     * segments merge (at different times in different engines).
     */
    public static List<IndexedStandard> wholeCorpus() throws IOException {
        java.util.Map<String, IndexedStandard> editions = new java.util.LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(corpus())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    for (IndexedStandard edition : ParsedEditions.of(Standards.parse(file))) {
                        editions.remove(edition.editionId());
                        editions.put(edition.editionId(), edition);
                    }
                } catch (UnreadableDocumentException e) {
                    // the reports skip what cannot be read; so do the engines here
                }
            }
        }
        return List.copyOf(editions.values());
    }
}
