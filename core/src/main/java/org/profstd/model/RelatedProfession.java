package org.profstd.model;

/** The same or a neighbouring profession at another level, as a card lists it. */
public record RelatedProfession(@Nullable Integer level, String name) {
}
