package org.profstd.search.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;
import org.profstd.model.VersionOrder;
import org.profstd.search.index.IndexedStandard;

/**
 * The editions of a corpus folder a registry would hold as current, so that the postings measured over the folder
 * see what they see over a registry loaded with it: editions are one standard when they share the jurisdiction and
 * code, or the jurisdiction, language and title (a KZ 2017 standard printed without a code is the same standard as
 * its coded successor of that title); the newest year and version is current, with its translations; the others
 * are superseded.
 */
final class CurrentEditions {
    private static final Comparator<Standard> OLDEST_FIRST = Comparator
            .comparing(Standard::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Standard::version, VersionOrder.OLDEST_FIRST);

    private CurrentEditions() {
    }

    /** The editions with the status a registry gives them, in the order given. */
    static List<IndexedStandard> settle(List<IndexedStandard> editions) {
        Map<String, Integer> groupOfKey = new HashMap<>();
        List<Integer> groupOf = new ArrayList<>();
        for (IndexedStandard edition : editions) {
            Integer group = null;
            for (String key : keys(edition.standard())) {
                group = group == null ? groupOfKey.get(key) : group;
            }
            int g = group == null ? groupOf.size() : group;
            keys(edition.standard()).forEach(k -> groupOfKey.putIfAbsent(k, g));
            groupOf.add(g);
        }
        Map<Integer, Standard> newest = new LinkedHashMap<>();
        for (int i = 0; i < editions.size(); i++) {
            newest.merge(groupOf.get(i), editions.get(i).standard(),
                    (a, b) -> OLDEST_FIRST.compare(a, b) > 0 ? a : b);
        }
        // of two printings of the same edition the one read last is current, as the one stored last is in a registry
        IndexedStandard[] settled = new IndexedStandard[editions.size()];
        Set<String> taken = new HashSet<>();
        for (int i = editions.size() - 1; i >= 0; i--) {
            IndexedStandard e = editions.get(i);
            Standard top = newest.get(groupOf.get(i));
            boolean current = OLDEST_FIRST.compare(e.standard(), top) == 0
                    && taken.add(groupOf.get(i) + " " + e.standard().language());
            settled[i] = new IndexedStandard(e.standardId(), e.editionId(),
                    current ? IndexedStandard.CURRENT : IndexedStandard.SUPERSEDED, e.standard());
        }
        return List.of(settled);
    }

    private static List<String> keys(Standard s) {
        Jurisdiction jurisdiction = s.jurisdiction() == null ? Jurisdiction.KZ : s.jurisdiction();
        List<String> keys = new ArrayList<>(2);
        if (s.code() != null && !s.code().isBlank()) {
            keys.add(jurisdiction + " code " + s.code().strip().toUpperCase(Locale.ROOT));
        }
        if (s.title() != null && !s.title().isBlank()) {
            keys.add(jurisdiction + " " + s.language() + " title " + s.title().toLowerCase(Locale.ROOT)
                    .replace('ё', 'е').replaceAll("[\"«»“”„']", " ").replaceAll("\\s+", " ").strip()
                    .replaceAll("[.\\s]+$", ""));
        }
        return keys.isEmpty() ? List.of(Objects.toString(s.span())) : keys;
    }
}
