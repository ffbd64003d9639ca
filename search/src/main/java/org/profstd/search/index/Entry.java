package org.profstd.search.index;

import java.util.List;

/**
 * One searchable piece of a standard, with everything a hit shows and a filter needs.
 *
 * @param kind  for items {@code ability}, {@code knowledge} or {@code action}; for units their kind; else null
 * @param card  the card it belongs to, null for a standard entry
 * @param codes the codes that name it or its parents (standard, occupation, group, function codes)
 * @param line  the source line its text starts on, 0 when unknown
 * @param name      what a person would type to name this very entry: a standard's title, a card's name, else the text
 * @param ownCodes  the codes of this very entry: a standard's code and registration number, a card's occupation code,
 *                  a function's code; empty for units and items
 */
public record Entry(
        String id,
        EntryType type,
        String kind,
        String text,
        IndexedStandard edition,
        CardInfo card,
        List<String> codes,
        int line,
        String name,
        List<String> ownCodes) {

    public Entry {
        codes = List.copyOf(codes);
        ownCodes = List.copyOf(ownCodes);
    }

    /** The card an entry belongs to. */
    public record CardInfo(String id, String name, Integer level) {
    }
}
