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
 * Counts the facets of every matched entry: the ordinal of its {@link Fields#FACET_KEY facet key}, per segment, so
 * that a key is read once per segment whatever the number of entries that have it; and its standard, by the run of
 * entries of one standard it falls in ({@link StandardRuns}), into an array by the standard's number across segments.
 *
 * <p>Lucene's sorted-set facets map each entry's five ordinals to global ones through an ordinal map and record the
 * matches in a bit set first; on a broad query over millions of entries that cost more than finding them. Counting
 * standards by their id, per segment and then in a map by the id's text, cost a quarter of a broad search over a
 * registry of 100 000 cards.
 */
final class FacetCounter extends SimpleCollector {
    private final Map<String, Integer> keys = new HashMap<>();
    private final OrdinalCounts keyCounts = new OrdinalCounts();
    private final StandardOrdinals standards;
    /** Matched entries by the number of their standard. */
    private final int[] byStandard;
    private StandardRuns runs;
    private int[] runNumbers;
    /** The run of the last matched entry, and how many of its entries matched. */
    private int run;
    private int matchedInRun;

    FacetCounter(StandardOrdinals standards) {
        this.standards = standards;
        this.byStandard = new int[standards.count()];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        keyCounts.start(DocValues.getSorted(context.reader(), Fields.FACET_KEY));
        runs = standards.runs(context.ord);
        runNumbers = standards.runNumbers(context.ord);
        run = 0;
    }

    @Override
    public void collect(int doc) throws IOException {
        keyCounts.count(doc);
        // entries come in the order of their ids, so the runs are passed through once
        if (doc >= runs.end(run)) {
            finishRun();
            do {
                run++;
            } while (doc >= runs.end(run));
        }
        matchedInRun++;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    private void finishRun() {
        if (matchedInRun > 0 && runNumbers[run] >= 0) {
            byStandard[runNumbers[run]] += matchedInRun;
        }
        matchedInRun = 0;
    }

    private void finishSegment() throws IOException {
        keyCounts.finish(keys);
        if (runs != null) {
            finishRun();
            runs = null;
        }
    }

    /**
     * The counts of several collectors (one per slice of a concurrent search), by facet key, and by standard id for
     * the {@code standardsShown} most frequent standards (with those as frequent as the last of them): only their ids
     * are read.
     */
    static Counts merge(Collection<FacetCounter> counters, int standardsShown) throws IOException {
        Map<String, Integer> keys = new HashMap<>();
        int[] byStandard = null;
        StandardOrdinals standards = null;
        for (FacetCounter counter : counters) {
            counter.finishSegment();
            counter.keys.forEach((key, count) -> keys.merge(key, count, Integer::sum));
            if (byStandard == null) {
                byStandard = counter.byStandard;
                standards = counter.standards;
            } else {
                for (int number = 0; number < byStandard.length; number++) {
                    byStandard[number] += counter.byStandard[number];
                }
            }
        }
        return new Counts(keys, byStandard == null ? Map.of() : mostFrequent(byStandard, standards, standardsShown));
    }

    private static Map<String, Integer> mostFrequent(int[] byStandard, StandardOrdinals standards, int limit)
            throws IOException {
        int[] counts = Arrays.stream(byStandard).filter(count -> count > 0).toArray();
        int least = 1;
        if (counts.length > limit) {
            Arrays.sort(counts);
            least = counts[counts.length - limit];
        }
        Map<String, Integer> frequent = new HashMap<>();
        StandardOrdinals.Ids ids = standards.ids();
        for (int number = 0; number < byStandard.length; number++) {
            if (byStandard[number] >= least) {
                frequent.put(ids.of(number), byStandard[number]);
            }
        }
        return frequent;
    }

    /** Entries counted by facet key, and by standard id for the most frequent standards. */
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
