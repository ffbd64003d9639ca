package org.profstd.search.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The standards of one index reader numbered across its segments, and each segment's {@link StandardRuns} with the
 * number of every run's standard: the standard facet counts matched entries into an array by that number and reads
 * the ids of only the standards it shows.
 *
 * <p>Built once per reader (after each refresh); a segment's runs are kept as long as the segment lives, so a refresh
 * after an ingest reads only the new segments.
 */
final class StandardOrdinals {
    private final List<LeafReaderContext> leaves;
    private final OrdinalMap ordinals;
    private final StandardRuns[] runs;
    /** Per segment, the number across segments of each run's standard; negative for runs without a standard. */
    private final int[][] runNumbers;

    private StandardOrdinals(IndexReader reader, Cache cache) throws IOException {
        leaves = reader.leaves();
        SortedDocValues[] ids = new SortedDocValues[leaves.size()];
        runs = new StandardRuns[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            ids[leaf.ord] = DocValues.getSorted(leaf.reader(), Fields.STANDARD_ID);
            runs[leaf.ord] = cache.runs(leaf.reader());
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        ordinals = OrdinalMap.build(helper == null ? null : helper.getKey(), ids, PackedInts.DEFAULT);
        runNumbers = new int[leaves.size()][];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            LongValues global = ordinals.getGlobalOrds(leaf);
            StandardRuns segment = runs[leaf];
            int[] numbers = new int[segment.size()];
            for (int run = 0; run < numbers.length; run++) {
                int ordinal = segment.ordinal(run);
                numbers[run] = ordinal < 0 ? -1 : (int) global.get(ordinal);
            }
            runNumbers[leaf] = numbers;
        }
    }

    /** How many distinct standards the reader holds: the numbers run from 0 to this, exclusive. */
    int count() {
        return (int) ordinals.getValueCount();
    }

    StandardRuns runs(int leaf) {
        return runs[leaf];
    }

    /** The numbers of the standards of the runs of one segment, by run. */
    int[] runNumbers(int leaf) {
        return runNumbers[leaf];
    }

    /** Reads the ids of standards by their numbers, each segment's ids opened once. */
    Ids ids() {
        return new Ids();
    }

    /** The ids of standards by number, for one thread. */
    final class Ids {
        private final SortedDocValues[] bySegment = new SortedDocValues[leaves.size()];

        private Ids() {
        }

        /** The id of the standard with a number. */
        String of(int number) throws IOException {
            int segment = ordinals.getFirstSegmentNumber(number);
            if (bySegment[segment] == null) {
                bySegment[segment] = DocValues.getSorted(leaves.get(segment).reader(), Fields.STANDARD_ID);
            }
            return bySegment[segment].lookupOrd((int) ordinals.getFirstSegmentOrd(number)).utf8ToString();
        }
    }

    /** The standard ordinals of the readers an index opens, each dropped when its reader closes. */
    static final class Cache {
        private final UntilClosed<StandardOrdinals> byReader = new UntilClosed<>();
        private final PerSegment<StandardRuns> bySegment = new PerSegment<>(StandardRuns::of);

        StandardOrdinals of(IndexReader reader) throws IOException {
            return byReader.of(reader.getReaderCacheHelper(), () -> new StandardOrdinals(reader, this));
        }

        private StandardRuns runs(LeafReader segment) throws IOException {
            return bySegment.of(segment);
        }
    }
}
