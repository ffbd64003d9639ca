package org.profstd.services;

import org.profstd.model.Standard;
import org.profstd.registry.StandardSummary;

/**
 * What a listing of standards is limited to; a null field does not limit.
 *
 * @param level a qualification level at least one card of the shown edition has
 * @param oked  an OKED code, or its leading part ({@code 62} finds {@code 62.01})
 * @param status the status of the shown edition: {@code current}, {@code superseded} or {@code withdrawn}
 */
public record StandardFilter(String jurisdiction, String language, Integer level, String oked, String status) {
    public static final StandardFilter NONE = new StandardFilter(null, null, null, null, null);

    /** Whether a standard, shown as its summary and the content of its shown edition, passes. */
    boolean accepts(StandardSummary summary, Standard shown) {
        return same(jurisdiction, summary.jurisdiction())
                && same(language, summary.language())
                && same(status, summary.edition().status())
                && (level == null || shown.cards().stream().anyMatch(c -> level.equals(c.level())))
                && (oked == null || shown.okedCodes().stream().anyMatch(code -> code.startsWith(oked)));
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }
}
