package org.profstd.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the facets of every matched entry: the ordinal of its {@link Fields#FACET_KEY facet key} and of its standard,
 * per segment, so that a value is read once per segment whatever the number of entries that have it.
 *
 * <p>Lucene's sorted-set facets map each entry's five ordinals to global ones through an ordinal map and record the
 * matches in a bit set first; on a broad query over millions of entries that cost more than finding them.
 */
final class FacetCounter extends SimpleCollector {
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> standards = new HashMap<>();
    private final OrdinalCounts keyCounts = new OrdinalCounts();
    private final OrdinalCounts standardCounts = new OrdinalCounts();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        keyCounts.start(DocValues.getSorted(context.reader(), Fields.FACET_KEY));
        standardCounts.start(DocValues.getSorted(context.reader(), Fields.STANDARD_ID));
    }

    @Override
    public void collect(int doc) throws IOException {
        keyCounts.count(doc);
        standardCounts.count(doc);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    private void finishSegment() throws IOException {
        keyCounts.finish(keys);
        standardCounts.finish(standards);
    }

    /** The counts of several collectors (one per slice of a concurrent search), by facet key and by standard. */
    static Counts merge(Collection<FacetCounter> counters) throws IOException {
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> standards = new HashMap<>();
        for (FacetCounter counter : counters) {
            counter.finishSegment();
            counter.keys.forEach((key, count) -> keys.merge(key, count, Integer::sum));
            counter.standards.forEach((standard, count) -> standards.merge(standard, count, Integer::sum));
        }
        return new Counts(keys, standards);
    }

    /** Entries counted by facet key and by standard id. */
    record Counts(Map<String, Integer> byKey, Map<String, Integer> byStandard) {
    }

    /**
     * Counts of one sorted doc-value field's ordinals in one segment: a list of the ordinals seen while they are few
     * (a narrow query over a segment of thousands of standards), an array indexed by ordinal once they are many.
     */
    private static final class OrdinalCounts {
        private SortedDocValues values;
        private int[] seen = new int[64];
        private int seenCount;
        private int[] dense;

        void start(SortedDocValues values) {
            this.values = values;
            this.seenCount = 0;
            this.dense = null;
        }

        void count(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return;
            }
            int ord = values.ordValue();
            if (dense != null) {
                dense[ord]++;
                return;
            }
            if (seenCount == seen.length) {
                if (seenCount >= values.getValueCount() / 8) {
                    toDense();
                    dense[ord]++;
                    return;
                }
                seen = Arrays.copyOf(seen, seenCount * 2);
            }
            seen[seenCount++] = ord;
        }

        private void toDense() {
            dense = new int[values.getValueCount()];
            for (int i = 0; i < seenCount; i++) {
                dense[seen[i]]++;
            }
            seenCount = 0;
        }

        /** Adds the segment's counts to the totals by value, and forgets the segment. */
        void finish(Map<String, Integer> totals) throws IOException {
            if (values == null) {
                return;
            }
            if (dense != null) {
                for (int ord = 0; ord < dense.length; ord++) {
                    if (dense[ord] > 0) {
                        totals.merge(values.lookupOrd(ord).utf8ToString(), dense[ord], Integer::sum);
                    }
                }
            } else {
                Arrays.sort(seen, 0, seenCount);
                for (int i = 0; i < seenCount; ) {
                    int run = i;
                    while (run < seenCount && seen[run] == seen[i]) {
                        run++;
                    }
                    totals.merge(values.lookupOrd(seen[i]).utf8ToString(), run - i, Integer::sum);
                    i = run;
                }
            }
            values = null;
        }
    }
}
