package org.profstd.analysis.equivalence;

import java.util.List;
import org.profstd.analysis.diff.Edition;

/**
 * How a KZ standard corresponds to an RU standard.
 *
 * @param related                whether they describe the same occupation: enough of their labor functions have
 *                               counterparts on the other side (see {@link EquivalenceFinder})
 * @param verdict                the reasons for {@code related}, in words
 * @param kzOccupationGroups     the ISCO-08 unit groups of the KZ cards' occupation codes ({@code 3512})
 * @param ruOccupationGroups     the ОКЗ groups of the RU standard, harmonised with ISCO-08
 * @param sharedOccupationGroups the groups on both sides
 * @param pairs                  each KZ card with the RU generalized function that covers it best
 * @param unpairedKz             KZ cards that share no function with any generalized function
 * @param unpairedRu             RU generalized functions no KZ card was paired with
 * @param onlyKz                 KZ functions without a counterpart anywhere in the RU standard
 * @param onlyRu                 RU functions without a counterpart anywhere in the KZ standard, with their codes
 * @param levels                 the level correspondences the pairs show, KZ 1-8 beside RU 1-9
 */
public record Equivalence(Edition kz, Edition ru, boolean related, List<String> verdict,
        List<String> kzOccupationGroups, List<String> ruOccupationGroups, List<String> sharedOccupationGroups,
        List<CardPair> pairs, List<CardRef> unpairedKz, List<CardRef> unpairedRu, List<String> onlyKz,
        List<String> onlyRu, List<LevelRow> levels) {

    public Equivalence {
        verdict = List.copyOf(verdict);
        kzOccupationGroups = List.copyOf(kzOccupationGroups);
        ruOccupationGroups = List.copyOf(ruOccupationGroups);
        sharedOccupationGroups = List.copyOf(sharedOccupationGroups);
        pairs = List.copyOf(pairs);
        unpairedKz = List.copyOf(unpairedKz);
        unpairedRu = List.copyOf(unpairedRu);
        onlyKz = List.copyOf(onlyKz);
        onlyRu = List.copyOf(onlyRu);
        levels = List.copyOf(levels);
    }
}
