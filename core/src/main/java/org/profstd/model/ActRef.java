package org.profstd.model;

/** A reference to another legal act by its number and ISO date. */
public record ActRef(String number, @Nullable String date) {
}
