package org.profstd.registry;

/** The three lists of leaves a unit has, as the item table names them. */
enum ItemRole {
    ACTION("action"), ABILITY("ability"), KNOWLEDGE("knowledge");

    private final String id;

    ItemRole(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static ItemRole of(String id) {
        for (ItemRole r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown item role: " + id);
    }
}
