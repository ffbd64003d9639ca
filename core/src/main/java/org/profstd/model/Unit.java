package org.profstd.model;

import java.util.List;

/**
 * What a labor function is broken into: a task (KZ 2017), a skill (KZ 2023) or, in RU standards, the labor function
 * itself. Its items are the leaves of the standard.
 *
 * @param kind        a task, a skill or the function itself
 * @param recognition KZ 2023 "possibility of recognising the skill", as printed
 */
public record Unit(
        UnitKind kind,
        @Nullable String name,
        @Nullable String recognition,
        List<Item> actions,
        List<Item> abilities,
        List<Item> knowledge) {

    public Unit {
        actions = List.copyOf(actions);
        abilities = List.copyOf(abilities);
        knowledge = List.copyOf(knowledge);
    }

    public int itemCount() {
        return actions.size() + abilities.size() + knowledge.size();
    }
}
