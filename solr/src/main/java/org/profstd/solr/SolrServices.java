package org.profstd.solr;

import org.profstd.registry.Registry;
import org.profstd.services.IndexProgress;
import org.profstd.services.Services;

/** The application services with search, matching and gaps answered by a Solr collection. */
public final class SolrServices {
    private SolrServices() {
    }

    /**
     * Services over an open registry and the collection an address names, brought up to date with the registry's
     * changes since the collection's last push. A collection never pushed from this registry is left as it is, with
     * a notice saying how to fill it.
     */
    public static Services open(Registry registry, SolrAddress address, IndexProgress progress) {
        return open(registry, address, progress, false);
    }

    /** Services to push the registry to the collection with: nothing is caught up first, the push writes it all. */
    public static Services forPush(Registry registry, SolrAddress address, IndexProgress progress) {
        return open(registry, address, progress, true);
    }

    private static Services open(Registry registry, SolrAddress address, IndexProgress progress, boolean pushing) {
        SolrCollection collection = SolrCollection.connect(address);
        try {
            CollectionKeeper keeper = new CollectionKeeper(registry, collection, progress);
            if (pushing) {
                // the push that follows writes everything
            } else if (keeper.pushed()) {
                keeper.catchUp();
            } else {
                progress.notice("the Solr collection " + address + " holds no push of this registry yet; fill it with"
                        + " profstd index push --search " + address);
            }
            return Services.with(registry, keeper, new SolrSearch(collection));
        } catch (RuntimeException e) {
            try {
                collection.close();
            } catch (java.io.IOException ignored) {
                // the failure to open is what the caller hears about
            }
            throw e;
        }
    }
}
