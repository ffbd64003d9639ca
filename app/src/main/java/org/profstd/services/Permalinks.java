package org.profstd.services;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.profstd.model.Card;
import org.profstd.registry.EditionEntry;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.Registry;
import org.profstd.registry.StandardSummary;

/**
 * Addresses that outlive ingest order and merges: a standard by its jurisdiction and code, a card by the code and
 * level it has in the standard's shown edition. They resolve to the ids the pages use today.
 */
public final class Permalinks {
    private final Registry registry;

    public Permalinks(Registry registry) {
        this.registry = registry;
    }

    /**
     * The standard of a code in a jurisdiction ({@code KZ}, {@code J068}); codes compare without case. A code that
     * only an older edition carries (a standard renumbered, or linked into another) names the standard that edition
     * belongs to now.
     */
    public Optional<StandardSummary> standard(String jurisdiction, String code) {
        List<StandardSummary> standards = registry.list();
        Optional<StandardSummary> current = standards.stream()
                .filter(s -> s.jurisdiction() != null && s.jurisdiction().equalsIgnoreCase(jurisdiction))
                .filter(s -> s.code() != null && s.code().equalsIgnoreCase(code.strip()))
                .findFirst();
        if (current.isPresent()) {
            return current;
        }
        return registry.editionEntries().stream()
                .filter(e -> e.code() != null && e.code().equalsIgnoreCase(code.strip()))
                .map(EditionEntry::standardId)
                .filter(id -> standards.stream().anyMatch(s -> s.id() == id
                        && jurisdiction.equalsIgnoreCase(s.jurisdiction())))
                .findFirst()
                .flatMap(id -> standards.stream().filter(s -> s.id() == id).findFirst());
    }

    /**
     * The card id ({@code EDITION/N}) of the shown edition's card with this code (a KZ occupation code, a RU ОТФ
     * letter) at this level; the level may be null when the code alone names one card.
     */
    public Optional<String> card(StandardSummary standard, String cardCode, Integer level) {
        EditionSnapshot edition = registry.edition(standard.edition().id());
        List<Card> cards = edition.standard().cards();
        String wanted = cardCode.strip().toUpperCase(Locale.ROOT);
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            if (c.code() != null && c.code().toUpperCase(Locale.ROOT).equals(wanted)
                    && (level == null || level.equals(c.level()))) {
                return Optional.of(edition.editionId() + "/" + (i + 1));
            }
        }
        return Optional.empty();
    }
}
