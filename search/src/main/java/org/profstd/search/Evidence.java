package org.profstd.search;

import java.util.List;

/**
 * A requirement of a card that a text evidences.
 *
 * @param kind   {@code ability}, {@code knowledge} or {@code action}
 * @param source the sentence of the text that evidences it
 * @param weight what it adds to the card's score before the level factor: the share of the requirement the sentence
 *               covers times how specific the requirement is across the registry, over the root of the card's count
 *               of requirements
 * @param via    the tools and terms of the vocabulary that carried the sentence's words to the requirement's (a tool
 *               name to the words of what it is used for, an English or Kazakh word to the standard's), empty when
 *               the sentence uses the requirement's own words
 */
public record Evidence(String requirement, String kind, String source, double weight, List<String> via) {
    public Evidence {
        via = List.copyOf(via);
    }
}
