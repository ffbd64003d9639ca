package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.Item;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/** A task, skill or RU function being read, with its item lists. */
public final class UnitDraft {
    public UnitKind kind;
    public String name;
    public String recognition;
    public final List<Item> actions = new ArrayList<>();
    public final List<Item> abilities = new ArrayList<>();
    public final List<Item> knowledge = new ArrayList<>();

    public UnitDraft(UnitKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public boolean isEmpty() {
        return actions.isEmpty() && abilities.isEmpty() && knowledge.isEmpty();
    }

    public Unit build() {
        return new Unit(kind, name, recognition, actions, abilities, knowledge);
    }
}
