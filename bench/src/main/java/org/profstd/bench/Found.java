package org.profstd.bench;

/**
 * One answer of a search engine, reduced to what both engines can say and relevance needs.
 *
 * @param cardId null for an answer that is a whole standard
 */
record Found(String standardTitle, String cardId) {
}
