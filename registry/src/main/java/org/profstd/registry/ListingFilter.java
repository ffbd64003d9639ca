package org.profstd.registry;

/**
 * What a listing of standards is limited to, each field tested on the standard's shown edition; a null field does
 * not limit. Codes match by their leading part ({@code 62} finds {@code 62.01}); {@code area} finds words in the title
 * or the kind of activity, without regard to case or to ё and е.
 */
public record ListingFilter(String jurisdiction, String language, Integer level, String oked, String status,
        String okz, String area) {
    public static final ListingFilter NONE = new ListingFilter(null, null, null, null, null, null, null);
}
