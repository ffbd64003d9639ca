package org.profstd.parse.kz2023;

import org.profstd.model.UnitKind;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.ItemCollector;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.UnitDraft;
import org.profstd.read.TextJoiner;

/** A skill ("Навык N" / "Дағды N") being read: its name, recognition and its two item lists. */
final class SkillBuilder {
    final int startLine;
    int number;
    /** Whether its "Навык N" label has been read; a skill whose list came before its label has not. */
    boolean labelled;
    private final StringBuilder name = new StringBuilder();
    private final TextJoiner joiner;
    private final ItemCollector abilities;
    private final ItemCollector knowledge;
    private Label list = Label.ABILITIES;
    String recognition;

    SkillBuilder(int startLine, ParseContext context) {
        this.startLine = startLine;
        this.joiner = context.joiner();
        Diagnostics diagnostics = context.diagnostics();
        this.abilities = new ItemCollector(joiner, diagnostics, "abilities of the skill at line " + startLine);
        this.knowledge = new ItemCollector(joiner, diagnostics, "knowledge of the skill at line " + startLine);
    }

    void appendName(String text) {
        joiner.append(name, text);
    }

    String name() {
        return name.toString().strip();
    }

    /** Switches the list that following items go to. */
    void openList(Label which) {
        list = which;
    }

    /** The list items go to now: abilities until a knowledge label says otherwise. */
    ItemCollector items() {
        return list == Label.KNOWLEDGE ? knowledge : abilities;
    }

    boolean hasAbilities() {
        return abilities.size() > 0;
    }

    boolean hasKnowledge() {
        return knowledge.size() > 0;
    }

    boolean hasItems() {
        return hasAbilities() || hasKnowledge();
    }

    UnitDraft build() {
        String n = Names.clean(name());
        UnitDraft unit = new UnitDraft(UnitKind.SKILL, n.isEmpty() ? null : n);
        unit.recognition = recognition;
        unit.abilities.addAll(abilities.finish());
        unit.knowledge.addAll(knowledge.finish());
        return unit;
    }
}
