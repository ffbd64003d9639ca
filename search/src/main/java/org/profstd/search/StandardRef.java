package org.profstd.search;

/** The standard a hit or match belongs to. */
public record StandardRef(String id, String title, String code) {
}
