package org.profstd.services;

import org.profstd.registry.ListingFilter;

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

    /** The filter as the registry's listing takes it. */
    public ListingFilter listing() {
        return new ListingFilter(jurisdiction, language, level, oked, status, okz, area);
    }
}
