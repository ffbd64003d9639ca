package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The correspondence of levels the paired cards show: the KZ framework (ORK) has levels 1-8, the RU one 1-9, and
 * neither law maps one onto the other; the pairs of cards that share their work say how the two standards place it.
 */
final class LevelCorrespondence {
    private LevelCorrespondence() {
    }

    static List<LevelRow> of(List<CardPair> pairs) {
        Map<String, List<CardPair>> byLevels = new LinkedHashMap<>();
        List<CardPair> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparing((CardPair p) -> p.kz().level(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.ru().level(), Comparator.nullsLast(Comparator.naturalOrder())));
        for (CardPair p : ordered) {
            byLevels.computeIfAbsent(p.kz().level() + "/" + p.ru().level(), k -> new ArrayList<>()).add(p);
        }
        List<LevelRow> rows = new ArrayList<>();
        for (List<CardPair> group : byLevels.values()) {
            CardPair first = group.get(0);
            rows.add(new LevelRow(first.kz().level(), first.ru().level(),
                    group.stream().map(p -> p.kz().name()).filter(Objects::nonNull).distinct().toList(),
                    group.stream().map(p -> p.ru().code() + " " + p.ru().name()).distinct().toList()));
        }
        return rows;
    }
}
