package org.profstd.services;

import java.util.Locale;
import org.profstd.model.Standard;
import org.profstd.registry.StandardSummary;

/**
 * What a listing of standards is limited to; a null field does not limit. The names are those of the query
 * parameters of {@code /api/v1/standards} and of the catalog page.
 *
 * @param level  a qualification level at least one card of the shown edition has
 * @param oked   an OKED code, or its leading part ({@code 62} finds {@code 62.01})
 * @param status the status of the shown edition: {@code current}, {@code superseded} or {@code withdrawn}
 * @param okz    an occupation code (ОКЗ), or its leading part ({@code 25} finds {@code 2523})
 * @param area   words the title or the kind of activity of the shown edition contains
 */
public record StandardFilter(String jurisdiction, String language, Integer level, String oked, String status,
        String okz, String area) {
    public static final StandardFilter NONE = new StandardFilter(null, null, null, null, null, null, null);

    /** The filters of the API before classifier codes and areas were added to it. */
    public StandardFilter(String jurisdiction, String language, Integer level, String oked, String status) {
        this(jurisdiction, language, level, oked, status, null, null);
    }

    /** Whether a standard, shown as its summary and the content of its shown edition, passes. */
    boolean accepts(StandardSummary summary, Standard shown) {
        return same(jurisdiction, summary.jurisdiction())
                && same(language, summary.language())
                && same(status, summary.edition().status())
                && (level == null || shown.cards().stream().anyMatch(c -> level.equals(c.level())))
                && (oked == null || shown.okedCodes().stream().anyMatch(code -> code.startsWith(oked)))
                && (okz == null || shown.okzCodes().stream().anyMatch(code -> code.startsWith(okz)))
                && (area == null || contains(shown.title(), area) || contains(shown.activity(), area));
    }

    /** The same filter with one dimension lifted: a facet counts what choosing another value of it would give. */
    StandardFilter without(String dimension) {
        return new StandardFilter(dimension.equals("jurisdiction") ? null : jurisdiction,
                dimension.equals("language") ? null : language, dimension.equals("level") ? null : level,
                dimension.equals("oked") ? null : oked, dimension.equals("status") ? null : status,
                dimension.equals("okz") ? null : okz, area);
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .contains(words.toLowerCase(Locale.ROOT).replace('ё', 'е').strip());
    }
}
