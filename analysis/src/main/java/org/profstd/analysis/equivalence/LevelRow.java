package org.profstd.analysis.equivalence;

import java.util.List;

/**
 * One correspondence of qualification levels seen in the paired cards: KZ cards at ORK level {@code kz} (1-8) paired
 * with RU generalized functions at level {@code ru} (1-9).
 */
public record LevelRow(Integer kz, Integer ru, List<String> kzCards, List<String> ruCards) {
    public LevelRow {
        kzCards = List.copyOf(kzCards);
        ruCards = List.copyOf(ruCards);
    }
}
