package org.profstd.search.index;

/** What a searchable entry is: a whole standard, a profession card, a labor function, a unit or a leaf item. */
public enum EntryType {
    STANDARD, CARD, FUNCTION, UNIT, ITEM;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EntryType byId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
