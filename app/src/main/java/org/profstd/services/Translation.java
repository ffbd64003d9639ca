package org.profstd.services;

/** The same edition of a standard published in another language: where to read it. */
public record Translation(long standardId, long editionId, String language, String title) {
}
