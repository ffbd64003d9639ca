package org.profstd.search.match;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.profstd.search.index.MatchRecord;

/**
 * Where matching reads the registry's cards from: the Lucene index of this process, or a search cluster holding the
 * same entries. Matching needs only these few reads of it; the scoring itself is the same whatever the source.
 */
public interface CardSource {
    /** A view that stays the same for one match or gap. */
    View open();

    /** An item found by the terms of a text: the card it belongs to and its score. */
    record ItemHit(String cardId, double score) {
    }

    interface View extends AutoCloseable {
        /**
         * The best {@code limit} items of current editions by BM25 over their distinct terms ({@code item_term}),
         * best first.
         */
        List<ItemHit> items(Collection<String> terms, int limit);

        /** The cards of current editions whose names best answer the terms (in each language's text field). */
        List<String> cardsByName(Map<String, Collection<String>> termsByLanguage, int cards);

        /** The match records of a card's entry and of its items, in the order of the card; empty for no such card. */
        List<MatchRecord> entries(String cardId);

        /**
         * {@link #entries(String)} of several cards, by card id in the order given, leaving out ids of no card: a
         * source that can should read them in one request.
         */
        default Map<String, List<MatchRecord>> entries(Collection<String> cardIds) {
            Map<String, List<MatchRecord>> byCard = new LinkedHashMap<>();
            for (String cardId : cardIds) {
                List<MatchRecord> entries = entries(cardId);
                if (!entries.isEmpty()) {
                    byCard.put(cardId, entries);
                }
            }
            return byCard;
        }

        /** Equal for two views of the same content: what the rarity of terms is kept for. */
        Object generation();

        /** How many items the source holds, and how many of them have a term. */
        long itemCount();

        int itemFrequency(String term);

        @Override
        void close();
    }
}
