package org.profstd.read.registryxml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.model.Card;

/**
 * The letter each card gets as a generalized function. Cards of a Russian standard keep their own letters; cards of
 * any other standard (a KZ card is coded by occupation, {@code 3512-1-001}) are lettered in order, {@code A}, {@code B},
 * ..., since the registry tree codes generalized functions by letter only.
 */
final class CardLetters {
    private static final Pattern LETTER = Pattern.compile("^[A-Z]$");
    private static final int ALPHABET = 26;

    private CardLetters() {
    }

    static List<String> of(List<Card> cards) {
        List<String> own = cards.stream().map(Card::code).toList();
        boolean allLettered = own.stream().allMatch(c -> c != null && LETTER.matcher(c).matches())
                && new HashSet<>(own).size() == own.size();
        if (allLettered) {
            return own;
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            letters.add(letter(i));
        }
        return letters;
    }

    /** A, B, ..., Z, then AA, AB, ... for the rare standard with more than 26 cards. */
    static String letter(int index) {
        String single = String.valueOf((char) ('A' + index % ALPHABET));
        return index < ALPHABET ? single : letter(index / ALPHABET - 1) + single;
    }
}
