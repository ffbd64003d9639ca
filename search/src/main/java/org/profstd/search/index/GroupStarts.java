package org.profstd.search.index;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The entries of a segment that start a {@link Fields#GROUP group}: a group's entries are adjacent (see
 * {@link GroupCollector}), so two matched entries are of one group when no group starts after the first up to the
 * second. A bit per entry, read once per segment: reading the group key's ordinal of every matched entry (millions
 * of distinct keys, so many bits per value) cost a fifth of a broad search over a registry of 100 000 cards.
 */
final class GroupStarts {
    private GroupStarts() {
    }

    /** The entries that start a group, and those without a group key (each one alone). */
    static FixedBitSet of(LeafReader segment) throws IOException {
        SortedDocValues keys = DocValues.getSorted(segment, Fields.GROUP);
        FixedBitSet starts = new FixedBitSet(Math.max(1, segment.maxDoc()));
        int previousDoc = -1;
        int previousKey = -1;
        for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            int key = keys.ordValue();
            if (doc != previousDoc + 1 || key != previousKey) {
                starts.set(doc);
            }
            for (int keyless = previousDoc + 1; keyless < doc; keyless++) {
                starts.set(keyless);
            }
            previousDoc = doc;
            previousKey = key;
        }
        for (int keyless = previousDoc + 1; keyless < segment.maxDoc(); keyless++) {
            starts.set(keyless);
        }
        return starts;
    }
}
