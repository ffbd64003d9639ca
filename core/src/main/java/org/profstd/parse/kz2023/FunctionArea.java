package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.ItemCollector;
import org.profstd.parse.Names;
import org.profstd.parse.Numbered;
import org.profstd.parse.ParseContext;
import org.profstd.read.TextJoiner;

/**
 * The functions and skills of one card as its labels and texts arrive. The conversions print labels away from what
 * they govern, so this follows the signs that hold: "Навык 1" opens a new function (whether or not its "Трудовая
 * функция N" label came yet); a function label names the function of its number, or opens it when it comes first;
 * an "Умения:" label met when the current skill already has items opens the next skill, which its "Навык N" label,
 * printed later, then adopts.
 */
final class FunctionArea {
    private final ParseContext context;
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private final boolean printedLines;
    final List<FunctionBuilder> functions = new ArrayList<>();
    /** The skill opened by its list before its label was read. */
    private SkillBuilder pending;
    /** The function that a function-name text continues, and the line of its label. */
    private FunctionBuilder named;
    private int namedLine;
    /** The skill whose label was read last: items and names go to it while no pending skill is open. */
    private SkillBuilder current;

    FunctionArea(ParseContext context) {
        this.context = context;
        this.printedLines = context.printedLines();
        this.joiner = context.joiner();
        this.diagnostics = context.diagnostics();
    }

    void functionLabel(int number, String name, int line) {
        int count = functions.size();
        if (number >= 1 && number <= count) {
            named = functions.get(number - 1);
            if (named.labelLine == 0 && !named.skills.isEmpty()) {
                diagnostics.add(DiagnosticCode.VALUE_BEFORE_LABEL, line, "the label of labor function " + number
                        + " is printed after its first skill (line " + named.skills.get(0).startLine + ")");
            }
        } else {
            if (number != count + 1) {
                diagnostics.add(DiagnosticCode.FUNCTION_NUMBER_SKIPPED, line,
                        "labor function " + number + " follows labor function " + count);
            }
            named = new FunctionBuilder(number, line, joiner);
            functions.add(named);
        }
        namedLine = line;
        if (named.labelLine == 0) {
            named.labelLine = line;
        }
        if (named.name().isEmpty()) {
            named.appendName(name);
        } else if (named.skills.isEmpty() && !Names.clean(name).isEmpty() && !Names.same(name, named.name())) {
            // a label followed by no skill was not this function's: a later label with its number names it
            diagnostics.add(DiagnosticCode.NAME_MISMATCH, line, "labor function " + number + " is labelled \""
                    + named.name() + "\" at line " + named.labelLine + " and \"" + Names.clean(name) + "\" here");
            named.replaceName(name);
        }
    }

    /** "Дополнительная трудовая функция N: name": numbered among the additional functions, it always opens one. */
    void additionalFunctionLabel(int number, String name, int line) {
        named = new FunctionBuilder(functions.size() + 1, line, joiner);
        named.additional = true;
        named.labelLine = line;
        named.appendName(name);
        namedLine = line;
        functions.add(named);
    }

    /**
     * "Навык N: name". {@code ownList} says that the label's row brings its own "Умения:": then a list read before
     * the label is not this skill's but belongs to a skill whose label the document lost.
     */
    void skillLabel(int number, String name, int line, boolean ownList) {
        if (isRepeatOfCurrent(number, name)) {
            if (current.name().isEmpty()) {
                current.appendName(name);
            }
            return;
        }
        if (ownList && pending != null) {
            attachPending();
        }
        FunctionBuilder function = functionOfSkill(number, line);
        SkillBuilder previous = function.lastSkill();
        int last = previous == null ? 0 : previous.number;
        if (number > last + 1) {
            diagnostics.add(DiagnosticCode.NUMBER_SKIPPED, line, "skill " + number + " follows skill " + last
                    + " in labor function " + function.number);
        } else if (number <= last) {
            diagnostics.add(DiagnosticCode.NUMBER_REPEATED, line, "skill " + number + " comes after skill " + last
                    + " in labor function " + function.number);
        }
        SkillBuilder skill = pending != null ? pending : new SkillBuilder(line, context);
        if (pending != null && pending.hasItems()) {
            diagnostics.add(DiagnosticCode.VALUE_BEFORE_LABEL, line, "the items of skill " + number
                    + " start at line " + pending.startLine + ", before its label");
        }
        pending = null;
        skill.number = number;
        skill.labelled = true;
        skill.appendName(name);
        function.skills.add(skill);
        current = skill;
    }

    /**
     * The function a skill label belongs to: the one whose label shares its row (a merged cell prints its label in
     * any row of its skills); else a new function for "Навык 1", unless the last function still waits for its first
     * skill; else the current function.
     */
    private FunctionBuilder functionOfSkill(int number, int line) {
        FunctionBuilder function = current == null ? null : functionOf(current);
        if (named != null && namedLine == line) {
            boolean continuesCurrent = function != null && function != named && function.skills.size() + 1 == number;
            if (named.skills.size() + 1 == number || !continuesCurrent) {
                return named;
            }
            return function;
        }
        FunctionBuilder last = functions.isEmpty() ? null : functions.get(functions.size() - 1);
        if (last != null && last.skills.isEmpty()) {
            return last;
        }
        if (function == null) {
            function = last;
        }
        if (function == null || number == 1) {
            function = new FunctionBuilder(functions.size() + 1, line, joiner);
            functions.add(function);
        }
        return function;
    }

    /** The same "Навык N" printed a second time: before any item of the skill, or to give the name it lacked. */
    private boolean isRepeatOfCurrent(int number, String name) {
        if (pending != null || current == null || current.number != number) {
            return false;
        }
        return current.name().isEmpty() || !current.hasItems()
                && (Names.clean(name).isEmpty() || Names.same(name, current.name()));
    }

    private FunctionBuilder functionOf(SkillBuilder skill) {
        for (FunctionBuilder f : functions) {
            if (f.skills.contains(skill)) {
                return f;
            }
        }
        return null;
    }

    /** "Умения:" or "Знания:". */
    void listHead(Label which, int line) {
        SkillBuilder skill = target();
        boolean full = skill != null && pending == null
                && (which == Label.ABILITIES ? skill.hasItems() : skill.hasKnowledge());
        if (skill == null || full) {
            pending = new SkillBuilder(line, context);
            skill = pending;
        }
        skill.openList(which);
    }

    /** Text of a list cell: items, numbered or continuing the open one. */
    void items(Fragment f) {
        SkillBuilder skill = target();
        if (skill == null) {
            pending = new SkillBuilder(f.line(), context);
            skill = pending;
        }
        ItemCollector list = skill.items();
        String[] itemAndRecognition = RecognitionValues.splitTrailing(stripBullet(f.text()));
        for (Numbered.Entry entry : Numbered.splitInline(itemAndRecognition[0])) {
            if (printedLines) {
                list.paragraph(entry.number() > 0 ? entry.number() + ". " + entry.text() : entry.text(), f.line());
            } else if (entry.number() > 0) {
                list.numbered(entry.number(), entry.text(), f.line());
            } else {
                list.continuation(entry.text(), f.line());
            }
        }
        if (itemAndRecognition[1] != null) {
            recognition(itemAndRecognition[1], false);
        }
    }

    /** Whether the text is the recognition value of the current skill, which it then takes. */
    boolean recognition(String value, boolean afterLabel) {
        String v = Names.clean(value);
        boolean known = RecognitionValues.isKnown(v);
        if (!known && !(afterLabel && RecognitionValues.isShortValue(value))) {
            return false;
        }
        SkillBuilder skill = current;
        if (skill != null && skill.recognition == null) {
            skill.recognition = v.isEmpty() ? value.strip() : v;
            return true;
        }
        if (pending != null && pending.recognition == null) {
            pending.recognition = v.isEmpty() ? value.strip() : v;
            return true;
        }
        return known;
    }

    void functionName(Fragment f) {
        FunctionBuilder function = named != null ? named : current != null ? functionOf(current) : null;
        if (function == null) {
            function = new FunctionBuilder(1, f.line(), joiner);
            functions.add(function);
            named = function;
        }
        function.appendName(f.text());
    }

    void skillName(Fragment f) {
        SkillBuilder skill = target();
        if (skill != null) {
            skill.appendName(f.text());
        }
    }

    /** A skill whose list came but whose label never did: it joins the current function, nameless. */
    void finish() {
        attachPending();
    }

    private void attachPending() {
        if (pending != null && pending.hasItems()) {
            FunctionBuilder function = current != null ? functionOf(current) : null;
            if (function == null) {
                function = new FunctionBuilder(functions.size() + 1, pending.startLine, joiner);
                functions.add(function);
            }
            diagnostics.add(DiagnosticCode.EMPTY_NAME, pending.startLine,
                    "the items at line " + pending.startLine + " belong to a skill without a \"Навык\" label");
            function.skills.add(pending);
        }
        pending = null;
    }

    private SkillBuilder target() {
        return pending != null ? pending : current;
    }

    private static String stripBullet(String text) {
        return text.replaceFirst("^[-–•·]\\s+", "");
    }
}
