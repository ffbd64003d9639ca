package org.profstd.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * What one search collects, in one pass over the matches: the groups of the page asked for with the count of all
 * groups ({@link GroupCollector}), and the facet counts of every matched entry ({@link FacetCounter}). A manager, so
 * that the index searcher can search slices of segments at the same time and this merges what each slice saw.
 */
final class SearchCollectors implements CollectorManager<Collector, SearchCollectors.Collected> {
    /** The outcome of a search: all groups counted, the page, the facet counts. */
    record Collected(int total, List<GroupCollector.Group> page, FacetCounter.Counts facets) {
    }

    private final int wanted;
    private final int offset;
    private final StandardOrdinals standards;
    private final int standardsShown;
    private final PerSegment<FixedBitSet> groupStarts;
    private final List<GroupCollector> groups = Collections.synchronizedList(new ArrayList<>());
    private final List<FacetCounter> facets = Collections.synchronizedList(new ArrayList<>());

    /**
     * Collects the {@code wanted} best groups and will give those after the first {@code offset}, and the counts of
     * the {@code standardsShown} most frequent standards of the reader {@code standards} numbers; a segment's groups
     * start where {@code groupStarts} says.
     */
    SearchCollectors(int wanted, int offset, StandardOrdinals standards, int standardsShown,
            PerSegment<FixedBitSet> groupStarts) {
        this.wanted = wanted;
        this.offset = offset;
        this.standards = standards;
        this.standardsShown = standardsShown;
        this.groupStarts = groupStarts;
    }

    @Override
    public Collector newCollector() {
        GroupCollector group = new GroupCollector(wanted, groupStarts);
        FacetCounter facet = new FacetCounter(standards);
        groups.add(group);
        facets.add(facet);
        return MultiCollector.wrap(group, facet);
    }

    @Override
    public Collected reduce(Collection<Collector> collectors) throws IOException {
        synchronized (groups) {
            return new Collected(GroupCollector.total(groups), GroupCollector.page(groups, offset),
                    FacetCounter.merge(facets, standardsShown));
        }
    }
}
