package org.profstd.analysis.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * The template rules a parser does not check while reading, checked on the model it built: required fields present,
 * levels within the framework, codes well formed, every card with functions, every function with skills or tasks,
 * every skill with abilities and knowledge, RU function codes consistent with their ОТФ and continuous.
 */
public final class TemplateValidator {
    private static final Pattern KZ_STANDARD_CODE = Pattern.compile("[A-Z]\\d{2,}");
    private static final Pattern RU_STANDARD_CODE = Pattern.compile("\\d{2}\\.\\d{3}");
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d{4}-\\d-\\d{3}");
    /** The 2017 template asked for the four-digit group of the classifier of occupations; later ones for the full code. */
    private static final Pattern OCCUPATION_CODE_2017 = Pattern.compile("\\d{4}(-\\d-\\d{3})?");
    private static final String KZ_2017 = "kz-2017";
    private static final Pattern GROUP_CODE = Pattern.compile("\\d{4}-\\d");
    private static final Pattern RU_CARD_CODE = Pattern.compile("[A-Z]");
    private static final Pattern RU_FUNCTION_CODE = Pattern.compile("([A-Z])/(\\d{2})\\.(\\d)");

    private final List<Diagnostic> found = new ArrayList<>();
    private final boolean russian;
    private final Pattern occupationCode;
    private final IntFunction<String> lines;

    private TemplateValidator(Standard standard, IntFunction<String> lines) {
        this.russian = standard.jurisdiction() == Jurisdiction.RU;
        this.occupationCode = KZ_2017.equals(standard.format()) ? OCCUPATION_CODE_2017 : OCCUPATION_CODE;
        this.lines = lines;
    }

    public static List<Diagnostic> validate(Standard standard) {
        return validate(standard, null);
    }

    /**
     * @param lines the text of a source line by number, or null: with it, a finding about a card's code points at
     *              the line that prints the code rather than at the card's first line
     */
    public static List<Diagnostic> validate(Standard standard, IntFunction<String> lines) {
        TemplateValidator validator = new TemplateValidator(standard, lines);
        validator.checkStandard(standard);
        return List.copyOf(validator.found);
    }

    private void checkStandard(Standard s) {
        int line = s.span() == null ? 0 : s.span().startLine();
        if (blank(s.title())) {
            add(DiagnosticCode.MISSING_FIELD, line, "the standard has no title");
        }
        Pattern codeForm = russian ? RU_STANDARD_CODE : KZ_STANDARD_CODE;
        if (blank(s.code())) {
            add(DiagnosticCode.MISSING_FIELD, line, "the standard has no code");
        } else if (!codeForm.matcher(s.code()).matches()) {
            add(DiagnosticCode.CODE_MALFORMED, line, "the standard code \"" + s.code() + "\" is not of the form "
                    + (russian ? "06.001" : "J068"));
        }
        if (s.cards().isEmpty()) {
            add(DiagnosticCode.MISSING_SECTION, line, russian ? "the standard has no generalized labor functions"
                    : "the standard has no profession cards");
        }
        Set<String> seen = new HashSet<>();
        for (Card card : s.cards()) {
            checkCard(card);
            String identity = card.code() + "@" + card.level() + "@" + card.name();
            if (!seen.add(identity)) {
                add(DiagnosticCode.DUPLICATE_CARD, lineOf(card), "the card " + name(card) + " at level "
                        + card.level() + " appears again");
            }
        }
    }

    private void checkCard(Card card) {
        int line = lineOf(card);
        if (blank(card.name())) {
            add(DiagnosticCode.EMPTY_NAME, line, "a card has no profession name");
        }
        checkLevel(card, line);
        checkCardCodes(card, line);
        if (card.functions().isEmpty()) {
            add(DiagnosticCode.MISSING_SECTION, line, "the card " + name(card) + " has no labor functions");
        }
        int expectedNumber = 1;
        for (LaborFunction function : card.functions()) {
            checkFunction(card, function, line);
            expectedNumber = checkFunctionNumber(card, function, expectedNumber, line);
        }
    }

    private void checkLevel(Card card, int line) {
        int highest = russian ? 9 : 8;
        if (card.level() == null) {
            add(DiagnosticCode.LEVEL_MISSING, line, "the card " + name(card) + " has no qualification level");
        } else if (card.level() < 1 || card.level() > highest) {
            add(DiagnosticCode.LEVEL_OUT_OF_RANGE, line, "the card " + name(card) + " has level " + card.level()
                    + "; the framework has levels 1 to " + highest);
        }
    }

    private void checkCardCodes(Card card, int line) {
        if (russian) {
            if (card.code() != null && !RU_CARD_CODE.matcher(card.code()).matches()) {
                add(DiagnosticCode.CODE_MALFORMED, line, "the ОТФ code \"" + card.code() + "\" is not one Latin letter");
            }
            return;
        }
        if (blank(card.code())) {
            add(DiagnosticCode.MISSING_FIELD, line, "the card " + name(card) + " has no occupation code");
        } else if (!occupationCode.matcher(card.code()).matches()) {
            add(DiagnosticCode.CODE_MALFORMED, codeLine(card, line), "the occupation code \"" + card.code() + "\" of "
                    + name(card) + " is not of the form " + (occupationCode == OCCUPATION_CODE ? "3512-1-001"
                            : "2132 or 3512-1-001"));
        } else if (card.groupCode() != null && GROUP_CODE.matcher(card.groupCode()).matches()
                && card.code().length() > 4 && !card.code().startsWith(card.groupCode() + "-")) {
            add(DiagnosticCode.CODE_MALFORMED, codeLine(card, line), "the occupation code " + card.code()
                    + " does not belong to the group " + card.groupCode());
        }
    }

    private void checkFunction(Card card, LaborFunction function, int cardLine) {
        int line = lineOf(function, cardLine);
        if (blank(function.name())) {
            add(DiagnosticCode.EMPTY_NAME, line, "a labor function of " + name(card) + " has no name");
        }
        if (function.units().isEmpty()) {
            add(DiagnosticCode.EMPTY_FUNCTION, line, "the labor function \"" + function.name() + "\" of "
                    + name(card) + " has no " + (russian ? "content" : "skills or tasks"));
        }
        for (Unit unit : function.units()) {
            List<String> missing = missingLists(unit);
            if (!missing.isEmpty()) {
                String what = unit.kind() == UnitKind.FUNCTION ? "the labor function \"" + function.name() + "\""
                        : "the " + unit.kind() + " \"" + unit.name() + "\" of \"" + function.name() + "\"";
                add(DiagnosticCode.EMPTY_UNIT, lineOf(unit, line), what + " has no " + String.join(" and no ", missing));
            }
        }
    }

    /** RU function codes: the letter of their ОТФ, its level, and numbers 01, 02, ... without gaps. */
    private int checkFunctionNumber(Card card, LaborFunction function, int expected, int cardLine) {
        if (!russian || function.code() == null) {
            return expected;
        }
        int line = lineOf(function, cardLine);
        Matcher m = RU_FUNCTION_CODE.matcher(function.code());
        if (!m.matches()) {
            add(DiagnosticCode.CODE_MALFORMED, line, "the function code \"" + function.code()
                    + "\" is not of the form A/01.3");
            return expected + 1;
        }
        if (card.code() != null && !m.group(1).equals(card.code())) {
            add(DiagnosticCode.CODE_MALFORMED, line, "the function " + function.code()
                    + " belongs to ОТФ " + card.code() + " but carries the letter " + m.group(1));
        }
        if (card.level() != null && Integer.parseInt(m.group(3)) != card.level()) {
            add(DiagnosticCode.CODE_MALFORMED, line, "the function " + function.code() + " states level "
                    + m.group(3) + " but its ОТФ " + card.code() + " has level " + card.level());
        }
        int number = Integer.parseInt(m.group(2));
        if (number != expected) {
            add(number > expected ? DiagnosticCode.FUNCTION_NUMBER_SKIPPED : DiagnosticCode.NUMBER_REPEATED, line,
                    "the function " + function.code() + " follows function number " + (expected - 1)
                            + " of ОТФ " + card.code());
        }
        return number + 1;
    }

    private List<String> missingLists(Unit unit) {
        List<String> missing = new ArrayList<>();
        if (russian && unit.actions().isEmpty()) {
            missing.add("labor actions");
        }
        if (unit.abilities().isEmpty()) {
            missing.add("abilities");
        }
        if (unit.knowledge().isEmpty()) {
            missing.add("knowledge");
        }
        return missing;
    }

    private void add(DiagnosticCode code, int line, String message) {
        found.add(code.at(line, message));
    }

    /** The first line of the card that prints its code; the card's first line when the source is not at hand. */
    private int codeLine(Card card, int cardLine) {
        if (lines == null || card.span() == null) {
            return cardLine;
        }
        for (int n = card.span().startLine(); n <= card.span().endLine(); n++) {
            String text = lines.apply(n);
            if (text != null && text.contains(card.code())) {
                return n;
            }
        }
        return cardLine;
    }

    private static int lineOf(Card card) {
        return card.span() == null ? 0 : card.span().startLine();
    }

    /** A function has no line of its own in the model: the line of its first item, else its card's. */
    private static int lineOf(LaborFunction function, int fallback) {
        for (Unit unit : function.units()) {
            int line = lineOf(unit, 0);
            if (line > 0) {
                return line;
            }
        }
        return fallback;
    }

    private static int lineOf(Unit unit, int fallback) {
        for (List<Item> items : List.of(unit.actions(), unit.abilities(), unit.knowledge())) {
            if (!items.isEmpty()) {
                return items.get(0).line();
            }
        }
        return fallback;
    }

    private static String name(Card card) {
        return card.name() == null ? "(a card without a name)" : "\"" + card.name() + "\"";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
