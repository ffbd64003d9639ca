package org.profstd.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collapses the matches of a query into hits, one per {@link Fields#GROUP} key, counts them and keeps the best
 * {@code offset + limit} by their score: the score of their first entry, since they share their text.
 *
 * <p>Lucene's grouping collectors look every group seen so far up again in each segment, which made a broad query on a
 * registry of 10 000 cards cost a second. This one needs no lookup at all: an edition's entries are added in one block
 * (one {@code addDocuments}, which Lucene keeps together in one segment through merges) ordered by their group key, so
 * the entries of a group are adjacent and a group ends where the next starts ({@link GroupStarts}).
 */
final class GroupCollector extends SimpleCollector {
    /** The best entry of one group: its score and global doc id; its key is made again from its stored fields. */
    record Group(float score, int doc) {
    }

    private static final Comparator<Group> WORST_FIRST = Comparator.comparingDouble(Group::score)
            .thenComparing(Group::doc, Comparator.reverseOrder());

    private final int wanted;
    private final PerSegment<FixedBitSet> groupStarts;
    private final PriorityQueue<Group> best = new PriorityQueue<>(WORST_FIRST);
    private int total;

    private FixedBitSet starts;
    private Scorable scorer;
    private int docBase;
    /** The group being read: whether there is one, the last matched entry of it, its score and its first entry. */
    private boolean reading;
    private int last;
    private float score;
    private int doc;

    GroupCollector(int wanted, PerSegment<FixedBitSet> groupStarts) {
        this.wanted = wanted;
        this.groupStarts = groupStarts;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishGroup();
        starts = groupStarts.of(context.reader());
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorable) {
        this.scorer = scorable;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (reading && starts.nextSetBit(last + 1) > doc) {
            // the entries of a group share their text, so they score alike: the first one found stands for all
            last = doc;
            return;
        }
        finishGroup();
        reading = true;
        last = doc;
        score = scorer.score();
        this.doc = docBase + doc;
    }

    /** Counts the group just read and offers its best entry to the page. */
    private void finishGroup() {
        if (!reading) {
            return;
        }
        total++;
        Group group = new Group(score, doc);
        if (best.size() < wanted || WORST_FIRST.compare(group, best.peek()) > 0) {
            best.add(group);
            if (best.size() > wanted) {
                best.poll();
            }
        }
        reading = false;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** Every group that matched. */
    int total() {
        finishGroup();
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
        List<Group> all = new ArrayList<>();
        for (GroupCollector part : parts) {
            part.finishGroup();
            all.addAll(part.best);
        }
        all.sort(WORST_FIRST.reversed());
        int wanted = parts.isEmpty() ? 0 : parts.iterator().next().wanted;
        List<Group> kept = all.subList(0, Math.min(wanted, all.size()));
        return List.copyOf(kept.subList(Math.min(offset, kept.size()), kept.size()));
    }
}
