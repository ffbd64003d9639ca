package org.profstd.model;

import java.util.List;

/**
 * One professional standard as one edition of it was published: its passport and its profession cards.
 * For a Russian standard the cards are its generalized labor functions (ОТФ).
 */
public record Standard(
        @Nullable String title,
        @Nullable String code,
        @Nullable String registrationNumber,
        Jurisdiction jurisdiction,
        Language language,
        String format,
        @Nullable String version,
        @Nullable Integer year,
        @Nullable String reviewDate,
        @Nullable String description,
        @Nullable String activity,
        @Nullable String purpose,
        List<String> okedCodes,
        List<String> okzCodes,
        List<Term> terms,
        List<String> developers,
        Span span,
        List<Card> cards) {

    public Standard {
        okedCodes = List.copyOf(okedCodes);
        okzCodes = List.copyOf(okzCodes);
        terms = List.copyOf(terms);
        developers = List.copyOf(developers);
        cards = List.copyOf(cards);
    }
}
