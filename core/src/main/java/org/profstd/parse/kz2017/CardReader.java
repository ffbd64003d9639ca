package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.FunctionKind;
import org.profstd.model.Item;
import org.profstd.model.QualificationLevels;
import org.profstd.parse.CardDraft;
import org.profstd.parse.ItemCollector;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;

/** One "КАРТОЧКА ПРОФЕССИИ": its header fields, its list of functions, the function sections, and what follows them. */
final class CardReader {
    private static final Pattern LEVEL_VALUE = Pattern.compile("^(\\d{1,2})\\s*\\.?\\s*(.*)$");

    enum State {
        /** The quoted name under "КАРТОЧКА ПРОФЕССИИ". */
        HEADING,
        /** A header field: code, group code, profession, other names, goal, education. */
        FIELD,
        /** After "уровень по ОРК:", waiting for the digit; the older variant prints the education right after it. */
        LEVEL,
        FUNCTION_LIST,
        FUNCTION,
        PERSONAL,
        RELATED,
        /** A part the model does not hold (ЕТКС, the education table's specialities and qualifications). */
        SKIPPED
    }

    /** The header fields that take free text. */
    enum Field {
        CODE, GROUP_CODE, NAME, ALT_NAMES, GOAL, EDUCATION
    }

    /** A function named in the card's list. */
    record Listed(String name, FunctionKind kind) {
    }

    private final ParseContext context;
    private final int ordinal;
    final CardDraft draft;
    private State state = State.HEADING;
    private Field field;
    private final StringBuilder heading = new StringBuilder();
    private final StringBuilder fieldText = new StringBuilder();
    private final Clauses education;
    private final List<Listed> listed = new ArrayList<>();
    private ItemCollector functionList;
    private FunctionKind listKind;
    private FunctionReader function;
    private int functionOrdinal;
    private int lastFunctionNumber;
    private final Clauses personal;
    private final RelatedProfessions related;

    CardReader(ParseContext context, int line, int ordinal) {
        this.context = context;
        this.ordinal = ordinal;
        this.draft = new CardDraft(line);
        this.education = new Clauses(context);
        this.personal = new Clauses(context);
        this.related = new RelatedProfessions(context);
    }

    /** Whether the label belongs to a card; the standard's reader handles the others. */
    static boolean isCardLabel(Label label) {
        return label.ordinal() > Label.CARD.ordinal();
    }

    void label(Token.LabelToken t) {
        draft.endLine = Math.max(draft.endLine, t.line());
        if (function != null && isFunctionLabel(t.label())) {
            function.label(t);
            return;
        }
        if (isFunctionLabel(t.label())) {
            context.report(DiagnosticCode.LABEL_OUT_OF_PLACE, t.line(), "\"" + t.label().name().toLowerCase()
                    + "\" label before any \"Трудовая функция\" section (" + where() + ")");
            return;
        }
        closeField();
        switch (t.label()) {
            case CARD_CODE -> openField(Field.CODE);
            case GROUP_CODE -> openField(Field.GROUP_CODE);
            case PROFESSION -> openField(Field.NAME);
            case ALT_NAMES -> openField(Field.ALT_NAMES);
            case GOAL -> openField(Field.GOAL);
            case LEVEL -> state = State.LEVEL;
            case EDUCATION_LEVEL -> openField(Field.EDUCATION);
            case FUNCTION_LIST -> startFunctionList(null);
            case REQUIRED_FUNCTIONS -> startFunctionList(FunctionKind.REQUIRED);
            case ADDITIONAL_FUNCTIONS -> startFunctionList(FunctionKind.ADDITIONAL);
            case FUNCTION -> startFunction(t);
            case PERSONAL -> enter(State.PERSONAL);
            case RELATED -> enter(State.RELATED);
            default -> enter(State.SKIPPED);
        }
    }

    private static boolean isFunctionLabel(Label label) {
        return label == Label.TASK || label == Label.ABILITIES || label == Label.SKILLS_AND_ABILITIES
                || label == Label.KNOWLEDGE;
    }

    void text(Token.TextToken t) {
        draft.endLine = Math.max(draft.endLine, t.line());
        switch (state) {
            case HEADING -> context.append(heading, t.text());
            case FIELD -> fieldText(t);
            case LEVEL -> levelText(t);
            case FUNCTION_LIST -> functionListText(t);
            case FUNCTION -> function.text(t);
            case PERSONAL -> personal.add(t.text());
            case RELATED -> related.text(t);
            case SKIPPED -> {
            }
        }
    }

    private void enter(State next) {
        closeFunction();
        state = next;
    }

    private void openField(Field f) {
        enter(State.FIELD);
        field = f;
        fieldText.setLength(0);
    }

    private void fieldText(Token.TextToken t) {
        if (t.isLoneNumber() && field != Field.CODE && field != Field.GROUP_CODE) {
            context.pageNumberRemoved(t.line(), t.text(), where());
        } else if (field == Field.EDUCATION) {
            education.add(t.text());
        } else if (field == Field.ALT_NAMES && context.printedLines() && t.opensParagraph() && !fieldText.isEmpty()) {
            fieldText.append("; ").append(t.text()); // one name per printed line of the cell
        } else {
            context.append(fieldText, t.text());
        }
    }

    private void closeField() {
        if (state != State.FIELD || field == null) {
            return;
        }
        String value = fieldText.toString().strip();
        switch (field) {
            case CODE -> draft.code = code(value);
            case GROUP_CODE -> draft.groupCode = code(value);
            case NAME -> draft.name = blankToNull(Names.clean(value));
            case ALT_NAMES -> draft.altNames.addAll(altNames(value));
            case GOAL -> draft.goal = blankToNull(Names.clean(value));
            case EDUCATION -> {
            }
        }
        field = null;
    }

    /** The code as printed before any name after it: "2132 «Разработчики ...»" gives "2132". */
    private static String code(String value) {
        String first = value.isEmpty() ? "" : value.split("\\s+")[0];
        return blankToNull(first.replaceAll("[.,;:]+$", ""));
    }

    private static List<String> altNames(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split("[;,]")) {
            String n = Names.clean(part);
            if (!n.isEmpty() && !n.equals("-")) {
                names.add(n);
            }
        }
        return names;
    }

    private void levelText(Token.TextToken t) {
        Matcher m = LEVEL_VALUE.matcher(t.text());
        if (draft.level != null || !m.matches()) {
            education.add(t.text());
            return;
        }
        int level = Integer.parseInt(m.group(1));
        draft.level = level;
        if (!QualificationLevels.KZ.contains(level)) {
            context.report(DiagnosticCode.LEVEL_OUT_OF_RANGE, t.line(),
                    "ORK level " + level + " is outside " + QualificationLevels.KZ + " (" + where() + ")");
        }
        if (!m.group(2).isBlank()) {
            education.add(m.group(2));
        }
    }

    private void startFunctionList(FunctionKind kind) {
        enter(State.FUNCTION_LIST);
        closeFunctionList();
        listKind = kind;
        String name = kind == null ? "functions" : kind + " functions";
        functionList = new ItemCollector(context.joiner(), context.diagnostics(), "list of " + name + " of " + where());
    }

    private void functionListText(Token.TextToken t) {
        if (t.isDash()) {
            return;
        }
        if (t.isLoneNumber()) {
            context.pageNumberRemoved(t.line(), t.text(), "the list of functions of " + where());
            return;
        }
        functionList.fragment(t.text(), t.line());
    }

    private void closeFunctionList() {
        if (functionList == null) {
            return;
        }
        for (Item item : functionList.finish()) {
            listed.add(new Listed(Names.clean(item.text()), listKind));
        }
        functionList = null;
    }

    private void startFunction(Token.LabelToken t) {
        closeFunctionList();
        closeFunction();
        functionOrdinal++;
        int number = t.number();
        if (number != lastFunctionNumber + 1) {
            context.report(DiagnosticCode.FUNCTION_NUMBER_SKIPPED, t.line(), "\"Трудовая функция " + number
                    + "\" follows function " + lastFunctionNumber + " (" + where() + ")");
        }
        lastFunctionNumber = number;
        Listed expected = functionOrdinal <= listed.size() ? listed.get(functionOrdinal - 1) : null;
        function = new FunctionReader(context, t.line(), expected == null ? null : expected.kind(),
                expected == null ? null : expected.name(), "function " + number + " of " + where());
        state = State.FUNCTION;
    }

    private void closeFunction() {
        if (function != null) {
            draft.functions.add(function.finish());
            function = null;
        }
    }

    private String where() {
        String code = draft.code == null ? "" : draft.code + ", ";
        return "card " + ordinal + " (" + code + "level " + (draft.level == null ? "?" : draft.level) + ")";
    }

    CardDraft finish() {
        closeField();
        closeFunctionList();
        closeFunction();
        if (draft.name == null) {
            draft.name = blankToNull(Names.clean(heading.toString()));
            context.report(DiagnosticCode.MISSING_FIELD, draft.startLine, "card " + ordinal
                    + " has no \"Профессия\" value; its heading gives the name");
        }
        if (!education.isEmpty()) {
            draft.education = education.prose();
        }
        draft.personalCompetencies.addAll(personal.list());
        draft.relatedProfessions.addAll(related.list());
        check();
        return draft;
    }

    private void check() {
        if (draft.level == null) {
            context.report(DiagnosticCode.LEVEL_MISSING, draft.startLine, where() + " has no ORK level");
        }
        if (draft.functions.isEmpty()) {
            context.report(DiagnosticCode.MISSING_SECTION, draft.startLine, where() + " has no labor function sections");
        }
        for (int i = functionOrdinal; i < listed.size(); i++) {
            context.report(DiagnosticCode.MISSING_SECTION, draft.startLine, where() + " lists the function \""
                    + listed.get(i).name() + "\" but has no section for it");
        }
        if (draft.personalCompetencies.isEmpty()) {
            context.report(DiagnosticCode.MISSING_SECTION, draft.startLine, where() + " has no personal competencies");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
