package org.profstd.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;

/**
 * One collection of a SolrCloud cluster, reached through its ZooKeeper ensemble: queries, updates, and the few
 * properties a push records on the collection (which registry it holds, up to which change, in which format).
 */
public final class SolrCollection implements Closeable {
    /** How long collection properties read from ZooKeeper are trusted: readers notice a push within this time. */
    private static final long PROPERTIES_MILLIS = 1000;

    private final CloudSolrClient client;
    private final String name;
    private final boolean owned;

    public SolrCollection(CloudSolrClient client, String name) {
        this(client, name, false);
    }

    private SolrCollection(CloudSolrClient client, String name, boolean owned) {
        this.client = client;
        this.name = name;
        this.owned = owned;
    }

    /** Connects to the collection an address names. */
    public static SolrCollection connect(SolrAddress address) {
        CloudSolrClient client = new CloudSolrClient.Builder(address.zkHosts(), address.chroot())
                .withZkConnectTimeout(15, TimeUnit.SECONDS).withZkClientTimeout(30, TimeUnit.SECONDS)
                .withDefaultCollection(address.collection()).build();
        try {
            client.connect(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            closeQuietly(client);
            throw new SolrUnavailableException("cannot reach SolrCloud at " + address + ": " + message(e), e);
        }
        if (!client.getClusterState().hasCollection(address.collection())) {
            closeQuietly(client);
            throw new SolrUnavailableException("SolrCloud at " + address + " has no collection "
                    + address.collection() + " (see docs/solr.md to create it)", null);
        }
        return new SolrCollection(client, address.collection(), true);
    }

    public String name() {
        return name;
    }

    public QueryResponse query(SolrQuery query) {
        return query(query, SolrRequest.METHOD.POST);
    }

    public QueryResponse query(SolrQuery query, SolrRequest.METHOD method) {
        try {
            return client.query(name, query, method);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException("Solr query failed on " + name + ": " + message(e), e);
        }
    }

    public void add(Collection<SolrInputDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            client.add(name, documents);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException("cannot write to Solr collection " + name + ": " + message(e), e);
        }
    }

    public void deleteByQuery(String query) {
        try {
            client.deleteByQuery(name, query);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException("cannot delete from Solr collection " + name + ": " + message(e), e);
        }
    }

    /** Makes what was written visible to searches, durably. */
    public void commit() {
        try {
            client.commit(name, true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException("cannot commit Solr collection " + name + ": " + message(e), e);
        }
    }

    /** The properties recorded on the collection (read again at most once a second). */
    public Map<String, String> properties() {
        return ZkClientClusterStateProvider.from(client).getZkStateReader()
                .getCollectionProperties(name, PROPERTIES_MILLIS);
    }

    /**
     * What the collection holds, as its last push or catch-up recorded it (registry and horizon): equal for two reads
     * between which nothing was written by profstd.
     */
    public String generation() {
        Map<String, String> properties = properties();
        return properties.get(CollectionKeeper.REGISTRY) + "@" + properties.get(CollectionKeeper.HORIZON);
    }

    public void setProperty(String key, String value) {
        try {
            CollectionAdminRequest.setCollectionProperty(name, key, value).process(client);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException("cannot record " + key + " on Solr collection " + name + ": "
                    + message(e), e);
        }
    }

    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void closeQuietly(CloudSolrClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // failing to connect is what the caller hears about
        }
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            client.close();
        }
    }
}
