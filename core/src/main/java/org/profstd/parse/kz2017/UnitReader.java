package org.profstd.parse.kz2017;

import org.profstd.model.UnitKind;
import org.profstd.parse.ItemCollector;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.UnitDraft;

/** One task (or, in the older variant, the function itself) being read: its name and its two item lists. */
final class UnitReader {
    private final ParseContext context;
    private final String where;
    final UnitDraft draft;
    private int number;
    final int line;
    private final StringBuilder name = new StringBuilder();
    private ItemCollector abilities;
    private ItemCollector knowledge;
    private ItemCollector current;

    /** @param number the printed task number, or 0 when the unit has none (yet) */
    UnitReader(ParseContext context, UnitKind kind, int number, int line, String where) {
        this.context = context;
        this.draft = new UnitDraft(kind, null);
        this.number = number;
        this.line = line;
        this.where = where;
    }

    /** The printed task number, or 0 when the unit has none (yet). */
    int number() {
        return number;
    }

    /** Gives a unit opened by its items the number of the task label that arrived after them. */
    void renumber(int printed) {
        number = printed;
    }

    void appendName(String fragment) {
        context.append(name, fragment);
    }

    boolean hasName() {
        return !name.isEmpty();
    }

    /** Starts the abilities or the knowledge list; returns false when that list was already started. */
    boolean startList(boolean ofKnowledge) {
        if (ofKnowledge) {
            boolean fresh = knowledge == null;
            if (fresh) {
                knowledge = new ItemCollector(context.joiner(), context.diagnostics(), "knowledge of " + where);
            }
            current = knowledge;
            return fresh;
        }
        boolean fresh = abilities == null;
        if (fresh) {
            abilities = new ItemCollector(context.joiner(), context.diagnostics(), "abilities of " + where);
        }
        current = abilities;
        return fresh;
    }

    boolean hasList() {
        return current != null;
    }

    boolean hasOpenItem() {
        return current != null && current.hasOpenItem();
    }

    /** A fragment of the current list: a numbered one opens an item, any other continues the open one. */
    void item(String text, int itemLine) {
        current.fragment(text, itemLine);
    }

    /** A paragraph of a table cell of the current list, a line of the printed page; see {@link ItemCollector#paragraph}. */
    void paragraph(String text, int itemLine) {
        current.paragraph(text, itemLine);
    }

    void continueItem(String text, int itemLine) {
        current.continuation(text, itemLine);
    }

    /** Closes the lists; the unit takes {@code fallbackName} when it printed no name of its own. */
    UnitDraft finish(String fallbackName) {
        String n = Names.clean(name.toString());
        draft.name = n.isEmpty() ? fallbackName : n;
        if (abilities != null) {
            draft.abilities.addAll(abilities.finish());
        }
        if (knowledge != null) {
            draft.knowledge.addAll(knowledge.finish());
        }
        return draft;
    }
}
