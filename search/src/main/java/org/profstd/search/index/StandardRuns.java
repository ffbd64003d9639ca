package org.profstd.search.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The standards of one segment as runs of adjacent entries: an edition's entries are added in one block, which Lucene
 * keeps together through merges, so a segment of millions of entries holds a few thousand runs. Counting a matched
 * entry for its standard is then a comparison with the end of the current run instead of a doc-value read.
 */
final class StandardRuns {
    private static final int NONE = -1;

    /** The first entry after each run. */
    private final int[] ends;
    /** The segment's ordinal of the {@link Fields#STANDARD_ID} of each run; {@link #NONE} for entries without one. */
    private final int[] ordinals;

    private StandardRuns(int[] ends, int[] ordinals) {
        this.ends = ends;
        this.ordinals = ordinals;
    }

    /** Reads the runs of a segment: one pass over its standard ids. */
    static StandardRuns of(LeafReader segment) throws IOException {
        SortedDocValues ids = DocValues.getSorted(segment, Fields.STANDARD_ID);
        int[] ends = new int[16];
        int[] ordinals = new int[16];
        int runs = 0;
        int current = NONE;
        int next = 0;
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
            int ordinal = ids.ordValue();
            if (doc > next || ordinal != current) {
                if (runs + 2 > ends.length) {
                    ends = Arrays.copyOf(ends, ends.length * 2);
                    ordinals = Arrays.copyOf(ordinals, ordinals.length * 2);
                }
                if (runs > 0 || next > 0) {
                    ends[runs] = next;
                    ordinals[runs++] = current;
                }
                if (doc > next) {
                    // entries without a standard id between two runs
                    ends[runs] = doc;
                    ordinals[runs++] = NONE;
                }
                current = ordinal;
            }
            next = doc + 1;
        }
        ends = Arrays.copyOf(ends, runs + 2);
        ordinals = Arrays.copyOf(ordinals, runs + 2);
        if (next > 0) {
            ends[runs] = next;
            ordinals[runs++] = current;
        }
        // the rest of the segment, so that every doc falls in a run
        ends[runs] = Integer.MAX_VALUE;
        ordinals[runs++] = NONE;
        return new StandardRuns(Arrays.copyOf(ends, runs), Arrays.copyOf(ordinals, runs));
    }

    int size() {
        return ends.length;
    }

    /** The first entry after run {@code run}. */
    int end(int run) {
        return ends[run];
    }

    /** The segment's ordinal of the standard of run {@code run}, negative for entries without a standard. */
    int ordinal(int run) {
        return ordinals[run];
    }
}
