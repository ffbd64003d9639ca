package org.profstd.search;

/** The profession card a hit or match belongs to. */
public record CardRef(String id, String name, Integer level) {
}
