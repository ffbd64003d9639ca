package org.profstd.analysis.equivalence;

/** A requirement of the KZ function and its counterpart in the RU function, of the same kind. */
public record RequirementPair(String kind, String kz, String ru, double similarity) {
}
