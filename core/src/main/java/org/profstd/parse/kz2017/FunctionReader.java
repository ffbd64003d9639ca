package org.profstd.parse.kz2017;

import org.profstd.model.DiagnosticCode;
import org.profstd.model.FunctionKind;
import org.profstd.model.UnitKind;
import org.profstd.parse.FunctionDraft;
import org.profstd.parse.Names;
import org.profstd.parse.Numbered;
import org.profstd.parse.ParseContext;

/**
 * One "Трудовая функция N" section of a card: its name, its tasks and their abilities and knowledge. The conversion
 * interleaves the table's columns, so the function name, the task name and the items can arrive mixed; what this
 * reader knows from the card's list of functions (the name to expect) and from the column widths sorts them out.
 */
final class FunctionReader {
    /** The function and task columns are narrow: their fragments are short, item lines are longer. */
    static final int NAME_COLUMN_WIDTH = 20;

    enum State {
        /** Reading the function's name. */
        NAME,
        /** Reading a task's name. */
        TASK_NAME,
        /** Reading abilities or knowledge. */
        ITEMS
    }

    private final ParseContext context;
    private final String where;
    private final int line;
    private final String expectedName;
    private final FunctionDraft draft;
    private final StringBuilder name = new StringBuilder();
    private State state = State.NAME;
    private UnitReader unit;
    private int lastTaskNumber;
    /** The task's labels came fused ahead of its name ("Задача 1: Умения:"): its name lines follow the labels. */
    private boolean nameAfterLabels;

    /** @param expectedName the name the card's list of functions gives it, or null */
    FunctionReader(ParseContext context, int line, FunctionKind kind, String expectedName, String where) {
        this.context = context;
        this.line = line;
        this.expectedName = expectedName;
        this.where = where;
        this.draft = new FunctionDraft(null, kind);
    }

    void label(Token.LabelToken t) {
        switch (t.label()) {
            case TASK -> task(t);
            case ABILITIES -> list(t, false, UnitKind.TASK);
            case SKILLS_AND_ABILITIES -> list(t, false, UnitKind.FUNCTION);
            case KNOWLEDGE -> list(t, true, unit == null ? UnitKind.TASK : unit.draft.kind);
            default -> throw new IllegalArgumentException("not a function label: " + t.label());
        }
    }

    private void task(Token.LabelToken t) {
        int number = t.number();
        checkTaskNumber(number, t.line());
        lastTaskNumber = number;
        if (unit != null && unit.number() == 0 && !unit.hasName() && unit.draft.kind == UnitKind.TASK) {
            // the abilities began before the task label that governs them: they are this task's
            context.report(DiagnosticCode.LABEL_OUT_OF_PLACE, t.line(),
                    "\"Задача " + number + ":\" comes after the first item of the task it opens (" + where + ")");
            unit.renumber(number);
        } else {
            closeUnit();
            unit = new UnitReader(context, UnitKind.TASK, number, t.line(), unitWhere(number));
        }
        state = State.TASK_NAME;
    }

    private void checkTaskNumber(int number, int at) {
        if (number == lastTaskNumber + 1) {
            return;
        }
        if (lastTaskNumber == 0) {
            context.report(DiagnosticCode.NUMBER_SKIPPED, at, "tasks of " + where + ": the first task is numbered " + number);
        } else if (number > lastTaskNumber) {
            context.report(DiagnosticCode.NUMBER_SKIPPED, at,
                    "tasks of " + where + ": task " + number + " follows task " + lastTaskNumber);
        } else {
            context.report(DiagnosticCode.NUMBER_REPEATED, at,
                    "tasks of " + where + ": task " + number + " comes after task " + lastTaskNumber);
        }
    }

    private void list(Token.LabelToken t, boolean ofKnowledge, UnitKind kind) {
        if (unit == null) {
            unit = new UnitReader(context, kind, 0, t.line(), kind == UnitKind.FUNCTION ? where : unitWhere(0));
        }
        nameAfterLabels = state == State.TASK_NAME && !unit.hasName();
        if (!unit.startList(ofKnowledge)) {
            context.report(DiagnosticCode.LABEL_OUT_OF_PLACE, t.line(),
                    "a second \"" + (ofKnowledge ? "Знания" : "Умения") + "\" label in the same task (" + where + ")");
        }
        state = State.ITEMS;
    }

    void text(Token.TextToken t) {
        if (t.isLoneNumber()) {
            context.pageNumberRemoved(t.line(), t.text(), where);
            return;
        }
        if (continuesExpectedName(t.text())) {
            context.append(name, t.text());
            return;
        }
        switch (state) {
            case NAME -> context.append(name, t.text());
            case TASK_NAME -> taskNameText(t);
            case ITEMS -> itemText(t);
        }
    }

    /** While the function's printed name is shorter than the listed one, a fragment that continues it belongs to it. */
    private boolean continuesExpectedName(String text) {
        if (expectedName == null || state == State.NAME) {
            return false;
        }
        String expected = Names.compact(expectedName);
        String sofar = Names.compact(name.toString());
        return sofar.length() < expected.length() && expected.startsWith(sofar + Names.compact(text));
    }

    private void taskNameText(Token.TextToken t) {
        if (unit.hasList() && Numbered.leading(t.text()) != null) {
            unit.item(t.text(), t.line());
            state = State.ITEMS;
        } else if (unit.hasOpenItem() && t.text().length() > NAME_COLUMN_WIDTH) {
            unit.continueItem(t.text(), t.line()); // a line of the item column printed among the task name's lines
        } else {
            unit.appendName(t.text());
        }
    }

    private void itemText(Token.TextToken t) {
        if (context.printedLines() && t.opensParagraph() && !(nameAfterLabels && !unit.hasOpenItem()
                && Numbered.leading(t.text()) == null)) {
            unit.paragraph(t.text(), t.line());
        } else if (Numbered.leading(t.text()) != null) {
            unit.item(t.text(), t.line());
        } else if (nameAfterLabels && !unit.hasOpenItem()) {
            unit.appendName(t.text());
        } else {
            unit.continueItem(t.text(), t.line());
        }
    }

    private void closeUnit() {
        if (unit == null) {
            return;
        }
        var u = unit.finish(Names.clean(name.toString()));
        if (u.isEmpty()) {
            context.report(DiagnosticCode.EMPTY_UNIT, unit.line, "\"" + u.name + "\" has no abilities or knowledge ("
                    + where + ")");
        }
        draft.units.add(u);
        unit = null;
    }

    private String unitWhere(int number) {
        return (number == 0 ? "the unnumbered task" : "task " + number) + " of " + where;
    }

    /**
     * Whether the section prints the listed name with its words run together ("Установка,конфигурированиеи..."): the
     * same letters, but fewer spaces. The list's spelling is the one a reader can read.
     */
    private boolean runTogether(String printed) {
        return expectedName != null && Names.compact(printed).equals(Names.compact(expectedName))
                && spaces(printed) < spaces(expectedName);
    }

    private static long spaces(String text) {
        return text.chars().filter(Character::isWhitespace).count();
    }

    FunctionDraft finish() {
        String printed = Names.clean(name.toString());
        draft.name = printed.isEmpty() || runTogether(printed) ? expectedName : printed;
        if (printed.isEmpty()) {
            context.report(DiagnosticCode.EMPTY_NAME, line, where + " has no name in its section");
        } else if (expectedName != null && !Names.compact(printed).equals(Names.compact(expectedName))) {
            context.report(DiagnosticCode.NAME_MISMATCH, line, where + " is listed as \"" + expectedName
                    + "\" but its section is named \"" + printed + "\"");
        }
        closeUnit();
        for (var u : draft.units) {
            if (u.kind == UnitKind.FUNCTION) {
                u.name = draft.name;
            }
        }
        if (draft.units.isEmpty()) {
            context.report(DiagnosticCode.EMPTY_FUNCTION, line, where + " has no tasks");
        }
        return draft;
    }
}
