package org.profstd.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.internal.hppc.IntIntHashMap;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collapses the matches of a query into hits, one per {@link Fields#GROUP} key, counts them and keeps the best
 * {@code offset + limit} by the best score of their entries.
 *
 * <p>Lucene's grouping collectors look every group seen so far up again in each segment, which made a broad query on a
 * registry of 10 000 cards cost a second. This one groups by ordinal inside each segment and never crosses segments:
 * the key starts with the edition, and an edition's entries are always added in one block (one
 * {@code addDocuments}), which Lucene keeps in one segment through merges.
 */
final class GroupCollector extends SimpleCollector {
    /** The best entry of one group: its score and global doc id; its key is made again from its stored fields. */
    record Group(float score, int doc) {
    }

    /** A group while collecting. */
    private record Candidate(int ord, float score, int doc) {
    }

    private static final Comparator<Candidate> WORST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparing(Candidate::doc, Comparator.reverseOrder());

    private final int wanted;
    private final PriorityQueue<Candidate> best = new PriorityQueue<>(WORST_FIRST);
    private int total;

    private SortedDocValues keys;
    private Scorable scorer;
    private LeafReaderContext leaf;
    private final IntIntHashMap slotOfOrd = new IntIntHashMap();
    private float[] scores = new float[64];
    private int[] docs = new int[64];
    private int[] ords = new int[64];
    private int slots;

    GroupCollector(int wanted) {
        this.wanted = wanted;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        keys = DocValues.getSorted(context.reader(), Fields.GROUP);
        leaf = context;
    }

    @Override
    public void setScorer(Scorable scorable) {
        this.scorer = scorable;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!keys.advanceExact(doc)) {
            return;
        }
        int ord = keys.ordValue();
        float score = scorer.score();
        int index = slotOfOrd.indexOf(ord);
        if (slotOfOrd.indexExists(index)) {
            int slot = slotOfOrd.indexGet(index);
            if (score > scores[slot]) {
                scores[slot] = score;
                docs[slot] = doc;
            }
            return;
        }
        if (slots == scores.length) {
            scores = java.util.Arrays.copyOf(scores, slots * 2);
            docs = java.util.Arrays.copyOf(docs, slots * 2);
            ords = java.util.Arrays.copyOf(ords, slots * 2);
        }
        scores[slots] = score;
        docs[slots] = doc;
        ords[slots] = ord;
        slotOfOrd.indexInsert(index, ord, slots++);
    }

    /** Counts the groups of the segment just read and offers their best entries to the page. */
    private void finishSegment() {
        total += slots;
        for (int slot = 0; slot < slots; slot++) {
            Candidate candidate = new Candidate(ords[slot], scores[slot], leaf.docBase + docs[slot]);
            if (best.size() < wanted || WORST_FIRST.compare(candidate, best.peek()) > 0) {
                best.add(candidate);
                if (best.size() > wanted) {
                    best.poll();
                }
            }
        }
        slotOfOrd.clear();
        slots = 0;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** Every group that matched. */
    int total() {
        finishSegment();
        return total;
    }

    /** The groups after the first {@code offset}, best first. */
    List<Group> page(int offset) {
        return page(List.of(this), offset);
    }

    /** Every group the collectors of one search (one per slice of segments) saw. */
    static int total(Collection<GroupCollector> parts) {
        return parts.stream().mapToInt(GroupCollector::total).sum();
    }

    /**
     * The groups after the first {@code offset} among those the collectors of one search saw, best first: a group
     * never spans segments, so each is in one collector only.
     */
    static List<Group> page(Collection<GroupCollector> parts, int offset) {
        List<Candidate> all = new ArrayList<>();
        for (GroupCollector part : parts) {
            part.finishSegment();
            all.addAll(part.best);
        }
        all.sort(WORST_FIRST.reversed());
        int wanted = parts.isEmpty() ? 0 : parts.iterator().next().wanted;
        List<Candidate> kept = all.subList(0, Math.min(wanted, all.size()));
        return kept.subList(Math.min(offset, kept.size()), kept.size()).stream()
                .map(c -> new Group(c.score(), c.doc())).toList();
    }
}
