package org.profstd.registry;

/** What the registry holds in force: standards with a current edition, and the cards and items of those editions. */
public record RegistryTotals(long standards, long cards, long items) {
}
