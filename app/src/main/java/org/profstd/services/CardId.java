package org.profstd.services;

import org.profstd.registry.RegistryException;

/** A card id as the search module writes it: {@code EDITION/N}, the N-th card (from 1) of an edition. */
public record CardId(long editionId, int ordinal) {

    public static CardId parse(String id) {
        String[] parts = id == null ? new String[0] : id.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                CardId card = new CardId(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
                if (card.ordinal >= 1) {
                    return card;
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new RegistryException(RegistryException.Kind.INVALID,
                "a card id is EDITION/N (an edition id and the card's number from 1, e.g. 12/3), not '" + id + "'");
    }

    @Override
    public String toString() {
        return editionId + "/" + ordinal;
    }
}
