package org.profstd.search.index;

/** What a searchable entry is: a whole standard, a profession card, a labor function, a unit or a leaf item. */
public enum EntryType {
    STANDARD, CARD, FUNCTION, UNIT, ITEM;

    /** The entries whose names suggestions complete. */
    public static final java.util.Set<EntryType> SUGGESTED = java.util.EnumSet.of(CARD, FUNCTION, UNIT);

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntryType byId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
