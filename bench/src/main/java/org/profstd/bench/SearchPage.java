package org.profstd.bench;

import java.util.List;
import java.util.Map;

/**
 * A search page as a PostgreSQL-backed registry would show it, the page the product's search shows: the best groups
 * of matching entries (a text shared by several cards of an edition is one hit, with its cards), the number of groups
 * that matched, and facet counts over every matching entry.
 *
 * @param total  the number of groups that matched, over all pages
 * @param facets per dimension (level, type, language, standard, jurisdiction, status), entries matched per value:
 *               levels in their order, the other values most frequent first
 */
record SearchPage(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    SearchPage {
        hits = List.copyOf(hits);
    }

    /**
     * One hit: the entry that stands for its group.
     *
     * @param text     the entry's text; a standard's title for a standard
     * @param headline the text with the query's words marked {@code <b>...</b>}
     * @param cardIds  the cards of the group, by level then id; empty for a standard
     */
    record Hit(String type, float score, String text, String headline, String standardTitle, List<String> cardIds) {
        Hit {
            cardIds = List.copyOf(cardIds);
        }
    }
}
