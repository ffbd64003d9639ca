package org.profstd.search;

import java.util.List;

/**
 * Why a card matched: each signal and what it added. The score is {@code (requirements + title.score + named) *
 * levelFactor}.
 *
 * @param requirements the sum of the evidence weights
 * @param title        the posting's title naming the card, or null when it does not
 * @param named        what the card's name (or, with evidence, its standard's title) appearing in the text added
 * @param level        the qualification level the text suggests, or null when it says nothing of it
 * @param levelFactor  the share of the score kept after the distance between the card's level and that estimate
 * @param tools        the tools the text names that evidence requirements of this card
 */
public record MatchReason(double requirements, Title title, double named, Integer level, double levelFactor,
        List<String> tools) {
    public MatchReason {
        tools = List.copyOf(tools);
    }

    /**
     * @param title the posting's title as written (a Kazakh title in Latin letters as read, in Cyrillic)
     * @param name  the card's name, other name or job title it agrees with
     * @param score what the title added
     */
    public record Title(String title, String name, double score) {
    }
}
