package org.profstd.search;

import java.util.List;

/**
 * One hit: an entry, or one text that several cards of an edition share (a requirement repeated at each level of a
 * profession), shown once with all its cards.
 *
 * @param highlight the text with the matched words in {@code <b>...</b>}
 * @param card      the first card the text belongs to; null for a standard
 * @param cards     every card of the edition the text belongs to, the first one first; empty for a standard
 */
public record SearchHit(String type, float score, String text, String highlight, StandardRef standard, CardRef card,
        List<CardRef> cards) {
    public SearchHit {
        cards = List.copyOf(cards);
    }
}
