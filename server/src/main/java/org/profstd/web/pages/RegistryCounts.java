package org.profstd.web.pages;

import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;
import org.profstd.registry.EditionSnapshot;

/** What the registry holds in force: standards with a current edition, and the cards and items of those editions. */
public record RegistryCounts(long standards, long cards, long items) {

    static RegistryCounts of(List<EditionSnapshot> editions) {
        List<EditionSnapshot> current = editions.stream().filter(e -> "current".equals(e.status())).toList();
        long standards = current.stream().mapToLong(EditionSnapshot::standardId).distinct().count();
        long cards = current.stream().mapToLong(e -> e.standard().cards().size()).sum();
        long items = current.stream().flatMap(e -> e.standard().cards().stream()).mapToLong(RegistryCounts::items).sum();
        return new RegistryCounts(standards, cards, items);
    }

    static long items(Card card) {
        return card.functions().stream().map(LaborFunction::units).flatMap(List::stream).mapToLong(Unit::itemCount).sum();
    }
}
