package org.profstd.services;

import java.time.OffsetDateTime;
import java.util.List;
import org.profstd.registry.EditionSnapshot;
import org.profstd.registry.StandardSummary;

/**
 * A standard as its page shows it: the summary, every edition oldest first, the edition shown (the one asked for,
 * else the one in force), its translations, and when it was withdrawn if it was.
 */
public record StandardView(StandardSummary standard, List<EditionLine> editions, EditionSnapshot shown,
        EditionLine shownLine, List<Translation> translations, OffsetDateTime withdrawnAt) {
    public StandardView {
        editions = List.copyOf(editions);
        translations = List.copyOf(translations);
    }
}
