package org.profstd.analysis.equivalence;

import java.util.List;

/**
 * A KZ profession card and the RU generalized function that covers most of its labor functions.
 *
 * @param score  how much of the two cards' functions is shared, 0-1 (twice the summed similarity of the shared
 *               functions over the number of functions on both sides)
 * @param onlyKz the KZ card's functions without a counterpart in this generalized function
 * @param onlyRu the generalized function's functions without a counterpart in the KZ card, with their codes
 */
public record CardPair(CardRef kz, CardRef ru, double score, List<SharedFunction> shared, List<String> onlyKz,
        List<String> onlyRu) {

    public CardPair {
        shared = List.copyOf(shared);
        onlyKz = List.copyOf(onlyKz);
        onlyRu = List.copyOf(onlyRu);
    }
}
