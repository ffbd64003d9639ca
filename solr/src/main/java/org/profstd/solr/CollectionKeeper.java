package org.profstd.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardChanges;
import org.profstd.search.SearchService;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.services.IndexKeeper;
import org.profstd.services.IndexProgress;
import org.profstd.services.RegistryFollower;
import org.profstd.services.SearchIndexKeeper;

/**
 * Keeps a Solr collection in step with the registry, as {@link IndexKeeper} keeps the embedded index: a push writes
 * the whole registry, then each catch-up re-writes the standards changed since the horizon recorded on the
 * collection. What the collection holds is recorded as collection properties (registry, horizon, format), so every
 * process that serves from it knows where to catch up from.
 *
 * <p>A push writes the new documents beside the old ones (readers keep seeing the old until the push commits) and
 * removes the documents of earlier pushes at the end; a push killed midway leaves the collection as it was.
 */
public final class CollectionKeeper implements SearchIndexKeeper {
    static final String FORMAT = "profstd.index.format";
    static final String REGISTRY = "profstd.registry";
    static final String HORIZON = "profstd.horizon";
    /** Standards read from the registry and sent to Solr per request during a push. */
    private static final int PUSH_BATCH = 50;

    private final Registry registry;
    private final SolrCollection collection;
    private final IndexProgress progress;
    private final SolrDocuments documents = new SolrDocuments(new Analysis());
    private final String registryId;
    private String horizon;
    private volatile RegistryFollower follower;

    public CollectionKeeper(Registry registry, SolrCollection collection, IndexProgress progress) {
        this.registry = registry;
        this.collection = collection;
        this.progress = progress;
        this.registryId = registry.registryId();
        Map<String, String> state = collection.properties();
        if (holdsThisRegistry(state)) {
            horizon = state.get(HORIZON);
        }
    }

    /** True when the collection holds a push of this registry in this format. */
    public boolean pushed() {
        return horizon != null;
    }

    private boolean holdsThisRegistry(Map<String, String> state) {
        return SearchService.INDEX_FORMAT.equals(state.get(FORMAT)) && registryId.equals(state.get(REGISTRY))
                && state.get(HORIZON) != null;
    }

    @Override
    public synchronized IndexKeeper.Status status() {
        Map<String, String> state = collection.properties();
        String seen = holdsThisRegistry(state) ? state.get(HORIZON) : null;
        int behind = seen == null ? registry.standardIds().size() : registry.changesSince(seen).standardIds().size();
        return new IndexKeeper.Status(true, state.get(FORMAT), seen, count(Fields.TYPE + ":" + EntryType.STANDARD.id()),
                count("*:*"), behind);
    }

    private int count(String query) {
        return (int) collection.query(new SolrQuery(query).setRows(0)).getResults().getNumFound();
    }

    @Override
    public boolean writable() {
        return true;
    }

    /**
     * Takes in the registry's changes since the collection's horizon: every edition of each changed standard is
     * written anew. Nothing happens before a first push.
     */
    @Override
    public synchronized int catchUp() {
        if (horizon == null) {
            return 0;
        }
        StandardChanges changes = registry.changesSince(horizon);
        if (!changes.isEmpty()) {
            String push = UUID.randomUUID().toString();
            collection.deleteByQuery(Fields.STANDARD_ID + ":(" + changes.standardIds().stream().map(String::valueOf)
                    .collect(Collectors.joining(" ")) + ")");
            collection.add(solrDocuments(registry.editionsOf(changes.standardIds()), push));
            collection.commit();
            collection.setProperty(HORIZON, changes.horizon());
        }
        horizon = changes.horizon();
        return changes.standardIds().size();
    }

    /** Writes the whole registry to the collection, with progress; the registry's later changes follow. */
    @Override
    public synchronized void rebuild() {
        long started = System.nanoTime();
        String from = registry.horizon();
        List<Long> standards = registry.standardIds();
        String push = UUID.randomUUID().toString();
        progress.rebuilding(0, standards.size());
        for (int i = 0; i < standards.size(); i += PUSH_BATCH) {
            List<Long> batch = standards.subList(i, Math.min(standards.size(), i + PUSH_BATCH));
            collection.add(solrDocuments(registry.editionsOf(batch), push));
            progress.rebuilding(i + batch.size(), standards.size());
        }
        collection.deleteByQuery("*:* -" + SolrDocuments.PUSH + ":" + push);
        collection.commit();
        collection.setProperty(FORMAT, SearchService.INDEX_FORMAT);
        collection.setProperty(REGISTRY, registryId);
        collection.setProperty(HORIZON, Objects.requireNonNull(from));
        horizon = from;
        progress.rebuilt(standards.size(), (System.nanoTime() - started) / 1_000_000);
        catchUp();
    }

    /**
     * Writes editions read elsewhere than from a registry (a corpus parsed in a test or a benchmark) in place of
     * whatever the collection held, and commits.
     */
    public static void replaceAll(SolrCollection collection, Collection<IndexedStandard> editions) {
        SolrDocuments documents = new SolrDocuments(new Analysis());
        String push = UUID.randomUUID().toString();
        List<SolrInputDocument> batch = new ArrayList<>();
        for (IndexedStandard edition : editions) {
            batch.addAll(documents.of(edition, push));
            if (batch.size() >= 5000) {
                collection.add(batch);
                batch.clear();
            }
        }
        collection.add(batch);
        collection.deleteByQuery("*:* -" + SolrDocuments.PUSH + ":" + push);
        collection.commit();
    }

    private List<SolrInputDocument> solrDocuments(Collection<EditionSnapshot> editions, String push) {
        List<SolrInputDocument> all = new ArrayList<>();
        for (EditionSnapshot e : editions) {
            all.addAll(documents.of(new IndexedStandard(String.valueOf(e.standardId()), String.valueOf(e.editionId()),
                    e.status(), e.standard()), push));
        }
        return all;
    }

    @Override
    public synchronized void follow(Duration interval) {
        if (follower != null) {
            return;
        }
        follower = RegistryFollower.start("profstd-solr-follower", interval, "the Solr collection", this::catchUp,
                progress);
    }

    @Override
    public void close() throws IOException {
        RegistryFollower following = follower;
        if (following != null) {
            following.close();
        }
    }
}
