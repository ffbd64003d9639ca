package org.profstd.analysis.equivalence;

import org.profstd.model.Card;

/**
 * A card named in an equivalence: a KZ profession card or an RU generalized labor function.
 *
 * @param code the occupation code ({@code 3512-1-001}) or the ОТФ letter ({@code A})
 * @param line the card's first line in its document, 0 when not known
 */
public record CardRef(String name, String code, Integer level, int functions, int line) {

    static CardRef of(Card card) {
        return new CardRef(card.name(), card.code(), card.level(), card.functions().size(),
                card.span() == null ? 0 : card.span().startLine());
    }
}
