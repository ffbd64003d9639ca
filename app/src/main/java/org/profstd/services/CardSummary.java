package org.profstd.services;

import org.profstd.model.Card;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;

/** A card of an edition as a listing shows it: its id ({@code EDITION/N}, as search names cards) and its size. */
public record CardSummary(String id, String name, String code, Integer level, int functions, int units, int items) {

    static CardSummary of(String id, Card card) {
        return new CardSummary(id, card.name(), card.code(), card.level(), card.functions().size(),
                card.functions().stream().mapToInt(f -> f.units().size()).sum(),
                card.functions().stream().map(LaborFunction::units).flatMap(java.util.List::stream)
                        .mapToInt(Unit::itemCount).sum());
    }
}
