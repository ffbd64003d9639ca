package org.profstd.search.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.profstd.search.CardRef;
import org.profstd.search.StandardRef;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.EntryType;
import org.profstd.search.index.MatchRecord;

/**
 * What matching reads of the cards, and only that, from a {@link CardSource}: the cards whose requirements share the
 * most words with a text (items found by their terms, summed per card), the cards whose names share words with a
 * title, and one card with its requirements as stored (text, kind, language, analysed terms).
 */
final class RequirementIndex {
    /** A card with what matching needs of it. */
    record IndexedCard(StandardRef standard, CardRef card, String language, List<String> names,
            List<Requirement> requirements) {
    }

    /** An occupation's classifier code (2519-9-002) in what a card entry gives as its names. */
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\b\\d{4}-\\d-\\d{3}\\b");

    private final CardSource.View view;

    RequirementIndex(CardSource.View view) {
        this.view = view;
    }

    /**
     * The cards of current editions whose items best answer the terms, best first: the top items by the rarity of
     * the terms they share, each card scored by the sum of its items' scores.
     */
    List<String> cardsByItems(Map<String, Collection<String>> termsByLanguage, int items, int cards) {
        Set<String> distinct = new LinkedHashSet<>();
        termsByLanguage.values().forEach(distinct::addAll);
        if (distinct.isEmpty()) {
            return List.of();
        }
        Map<String, Double> byCard = new HashMap<>();
        for (CardSource.ItemHit hit : view.items(distinct, items)) {
            byCard.merge(hit.cardId(), hit.score(), Double::sum);
        }
        return byCard.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(cards).map(Map.Entry::getKey).toList();
    }

    /** The cards of current editions whose names (name, other names, job titles) best answer the terms. */
    List<String> cardsByName(Map<String, Collection<String>> termsByLanguage, int cards) {
        return view.cardsByName(termsByLanguage, cards);
    }

    /** A card with its distinct requirements, in the order of the card; empty when no card has the id. */
    Optional<IndexedCard> card(String cardId) {
        return card(cardId, view.entries(cardId));
    }

    /** {@link #card(String)} of several cards, read at once, in the order given; ids of no card are left out. */
    List<IndexedCard> cards(Collection<String> cardIds) {
        List<IndexedCard> cards = new ArrayList<>();
        view.entries(cardIds).forEach((cardId, entries) -> card(cardId, entries).ifPresent(cards::add));
        return cards;
    }

    private static Optional<IndexedCard> card(String cardId, List<MatchRecord> entries) {
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        MatchRecord card = null;
        for (MatchRecord entry : entries) {
            if (EntryType.CARD.id().equals(entry.get(0))) {
                card = entry;
            } else if (entry.get(3) != null) {
                requirements.putIfAbsent(entry.get(3), new Requirement(entry.get(3), entry.get(1),
                        language(entry.get(2)), terms(entry.get(4))));
            }
        }
        return card == null ? Optional.empty() : Optional.of(indexedCard(cardId, card, requirements));
    }

    private static IndexedCard indexedCard(String cardId, MatchRecord card, Map<String, Requirement> requirements) {
        StandardRef standard = new StandardRef(card.get(5), card.get(6), card.get(7));
        String level = card.get(4);
        CardRef ref = new CardRef(cardId, card.get(3), level == null ? null : Integer.valueOf(level));
        List<String> names = card.get(2) == null ? List.of() : names(card.get(2));
        return new IndexedCard(standard, ref, language(card.get(1)),
                names.isEmpty() && ref.name() != null ? List.of(ref.name()) : names, List.copyOf(requirements.values()));
    }

    private static String language(String language) {
        return Analysis.KK.equals(language) ? Analysis.KK : Analysis.RU;
    }

    private static List<String> terms(String terms) {
        return terms == null || terms.isBlank() ? List.of() : List.of(terms.split(" "));
    }

    /**
     * A card entry's text is its name, other names and job titles separated by "; ". A "name" that gives occupations
     * by their classifier codes ("2519-9-002 - Программист приложений 2512-2-004 - Разработчик приложений") is the
     * document's list of related occupations printed in the names' cell: it names other cards, not this one (the
     * card's own name comes without its code).
     */
    private static List<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : text.split(";")) {
            if (!name.isBlank() && !OCCUPATION_CODE.matcher(name).find()) {
                names.add(name.strip());
            }
        }
        return List.copyOf(names);
    }
}
