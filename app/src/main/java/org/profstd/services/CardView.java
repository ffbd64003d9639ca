package org.profstd.services;

import org.profstd.model.Card;

/** One card whole, with the edition and standard it belongs to. */
public record CardView(String id, long standardId, long editionId, String status, Card card) {
}
