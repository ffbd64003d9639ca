package org.profstd.analysis.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.analysis.SameStandard;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Finds the same requirement worded slightly differently in different standards. Functions, units and items are
 * compared within their level. Only members of different standards are linked: inside one standard the same function
 * at two levels of a profession is the template's way, not an overlap. Linked members form clusters (connected
 * components); the same text repeated inside one standard counts once.
 *
 * <p>Comparing every pair would be quadratic in the number of items of all standards; candidates are found through
 * an index of stems instead, and only texts that share at least one stem are scored.
 */
public final class OverlapFinder {
    public static final double DEFAULT_MIN_SIMILARITY = 0.8;
    private static final int INDEXED_STEMS = 3;

    /** A standard with the name of the document it came from. */
    public record Source(String file, Standard standard) {
    }

    private OverlapFinder() {
    }

    public static OverlapReport find(List<Source> sources, double minSimilarity) {
        int[] identity = identities(sources);
        List<Entry> entries = new ArrayList<>();
        Map<Integer, Set<String>> seen = new HashMap<>();
        for (int s = 0; s < sources.size(); s++) {
            collect(identity[s], sources.get(s), entries, seen.computeIfAbsent(identity[s], k -> new HashSet<>()));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (String level : List.of("function", "unit", "item")) {
            clusters.addAll(clusters(entries.stream().filter(e -> e.member.level().equals(level)).toList(),
                    level, minSimilarity));
        }
        return new OverlapReport(names(sources, identity), minSimilarity, clusters);
    }

    /**
     * For each source, the index of the first source that is the same standard ({@link SameStandard}): editions and
     * translations of one standard are one standard here, whatever file they were read from.
     */
    private static int[] identities(List<Source> sources) {
        int[] identity = new int[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            identity[i] = i;
            for (int j = 0; j < i; j++) {
                if (SameStandard.of(sources.get(j).standard(), sources.get(i).standard())) {
                    identity[i] = identity[j];
                    break;
                }
            }
        }
        return identity;
    }

    /** One line per standard: its title and every file it was read from. */
    private static List<String> names(List<Source> sources, int[] identity) {
        Map<Integer, List<String>> files = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            files.computeIfAbsent(identity[i], k -> new ArrayList<>()).add(sources.get(i).file());
        }
        List<String> names = new ArrayList<>();
        files.forEach((first, list) -> names.add(sources.get(first).standard().title() + " ("
                + String.join(", ", list.stream().distinct().toList()) + ")"));
        return names;
    }

    private static List<Cluster> clusters(List<Entry> entries, String level, double min) {
        int[] parent = new int[entries.size()];
        double[] weakest = new double[entries.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            weakest[i] = 1.0;
        }
        Map<String, Integer> frequency = new HashMap<>();
        entries.forEach(e -> e.profile.stems().forEach(stem -> frequency.merge(stem, 1, Integer::sum)));
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (String stem : rarest(entries.get(i).profile.stems(), frequency)) {
                List<Integer> seen = byStem.computeIfAbsent(stem, k -> new ArrayList<>());
                candidates.addAll(seen);
                seen.add(i);
            }
            for (int j : candidates) {
                if (entries.get(i).standard != entries.get(j).standard) {
                    double score = Similarity.score(entries.get(i).profile, entries.get(j).profile);
                    if (score >= min) {
                        link(parent, weakest, i, j, score);
                    }
                }
            }
        }
        return gather(entries, parent, weakest, level);
    }

    private static List<Cluster> gather(List<Entry> entries, int[] parent, double[] weakest, String level) {
        Map<Integer, List<Entry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<Cluster> clusters = new ArrayList<>();
        groups.forEach((root, members) -> {
            long standards = members.stream().map(e -> e.standard).distinct().count();
            if (standards > 1) {
                clusters.add(new Cluster(level, Math.round(weakest[root] * 1000) / 1000.0, (int) standards,
                        members.stream().map(e -> e.member).toList()));
            }
        });
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.standards()).thenComparing(c -> -c.members().size()));
        return clusters;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the clusters of i and j, remembering the weakest link that joined them. */
    private static void link(int[] parent, double[] weakest, int i, int j, double score) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[b] = a;
            weakest[a] = Math.min(score, Math.min(weakest[a], weakest[b]));
        }
    }

    /**
     * The few least frequent stems of a text, the only ones indexed: two texts alike enough to be near-duplicates
     * share most of their stems, so they share one of these, while common words ("систем") would make every text a
     * candidate of every other.
     */
    private static List<String> rarest(Set<String> stems, Map<String, Integer> frequency) {
        return stems.stream().sorted(Comparator.comparingInt((String s) -> frequency.get(s)).thenComparing(s -> s))
                .limit(INDEXED_STEMS).toList();
    }

    /**
     * One occurrence per distinct text in a standard: a function repeated on each level of a profession, or in
     * another file of the same standard, is one.
     */
    private static void collect(int index, Source source, List<Entry> entries, Set<String> seen) {
        Standard s = source.standard();
        for (Card card : s.cards()) {
            for (LaborFunction f : card.functions()) {
                add(entries, seen, index, source, card, "function", f.name(), 0);
                for (Unit u : f.units()) {
                    if (u.kind() != UnitKind.FUNCTION) {
                        add(entries, seen, index, source, card, "unit", u.name(), 0);
                    }
                    for (List<Item> items : List.of(u.actions(), u.abilities(), u.knowledge())) {
                        items.forEach(item -> add(entries, seen, index, source, card, "item", item.text(), item.line()));
                    }
                }
            }
        }
    }

    private static void add(List<Entry> entries, Set<String> seen, int index, Source source, Card card,
            String level, String text, int line) {
        TextProfile profile = TextProfile.of(text, Language.codeOrRussian(source.standard().language()));
        if (profile.stems().isEmpty() || !seen.add(level + "|" + profile.normalized())) {
            return;
        }
        Member member = new Member(level, source.file(), source.standard().title(), card.name(), card.level(), text,
                line);
        entries.add(new Entry(index, member, profile));
    }

    private record Entry(int standard, Member member, TextProfile profile) {
    }
}
