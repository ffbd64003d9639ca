package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Language;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.TextJoiner;

/**
 * The state machine that reads one kz-2023 standard from its stream of fragments. A fragment that starts with a
 * label moves the machine (and the text after the label is read again, since a line can hold "Label: Label: value");
 * any other fragment is handled by the current {@link State}.
 */
final class StandardReader {
    /** How many lines the personal competencies printed before their label may take. */
    private static final int COMPETENCIES_LOOKAHEAD = 4;
    private final Segment segment;
    private final ParseContext context;
    private final Diagnostics diagnostics;
    private final TextJoiner joiner;
    private final boolean printedLines;
    final StandardDraft standard;
    private final Passport passport;
    private final Glossary glossary;
    private final Fields fields;
    final List<CardReader> cards = new ArrayList<>();
    private CardReader card;
    private State state = State.SKIP;
    private List<Fragment> fragments = List.of();
    private int index;

    StandardReader(Segment segment, ParseContext context, StandardDraft standard) {
        this.context = context;
        this.printedLines = context.printedLines();
        this.segment = segment;
        this.diagnostics = context.diagnostics();
        this.joiner = context.joiner();
        this.standard = standard;
        this.passport = new Passport(standard, diagnostics);
        this.glossary = new Glossary(joiner);
        this.fields = new Fields(standard, context);
    }

    void read(List<Fragment> fragments) {
        this.fragments = fragments;
        for (index = 0; index < fragments.size(); index++) {
            handle(fragments.get(index));
        }
        fields.flush(card);
        closeCard();
        standard.terms.addAll(glossary.terms());
    }

    Passport passport() {
        return passport;
    }

    Glossary glossary() {
        return glossary;
    }

    Fields fields() {
        return fields;
    }

    CardReader card() {
        return card;
    }

    private void handle(Fragment f) {
        Labels.Match m = Labels.match(f.text());
        if (m == null) {
            state.text(this, f);
            touch(f);
            return;
        }
        if (m.language() != segment.language()) {
            diagnostics.add(DiagnosticCode.LABEL_OTHER_LANGUAGE, f.line(), "the label \"" + labelText(f, m)
                    + "\" is in " + (m.language() == Language.KK ? "Kazakh" : "Russian") + " in a document in "
                    + (segment.language() == Language.KK ? "Kazakh" : "Russian"));
        }
        fields.flush(card);
        if (!label(m, f) && !m.rest().isEmpty()) {
            handle(f.withText(m.rest()));
        }
        touch(f);
    }

    private void touch(Fragment f) {
        if (card != null) {
            card.touch(f.line());
        }
    }

    /** The label as printed, without its list number and the value after it. */
    private static String labelText(Fragment f, Labels.Match m) {
        String t = f.text().strip();
        String label = m.rest().isEmpty() ? t : t.substring(0, t.lastIndexOf(m.rest()));
        return label.replaceFirst("^\\d{1,3}\\s*[.)]\\s*", "").strip();
    }

    /** Moves the machine on a label; returns whether the label used the text after it itself. */
    private boolean label(Labels.Match m, Fragment f) {
        Label label = m.label();
        switch (label) {
            case CHAPTER_TECHNICAL -> {
                closeCard();
                state = State.SKIP;
                return true;
            }
            case TERMS, ABBREVIATIONS -> state = State.TERMS;
            case TITLE, CODE, DESCRIPTION, VERSION, REVIEW_DATE -> {
                fields.open(label, f.line());
                state = State.FIELD;
                return false;
            }
            case OKED -> state = State.OKED;
            case CARD_LIST -> state = State.CARD_LIST;
            case DEVELOPERS -> state = State.DEVELOPERS;
            case CARD -> {
                openCard(m, f);
                return true;
            }
            default -> {
                if (card == null) {
                    return outsideCard(label, f);
                }
                return cardLabel(m, f);
            }
        }
        return true;
    }

    private boolean outsideCard(Label label, Fragment f) {
        if (label.isCardLabel()) {
            diagnostics.add(DiagnosticCode.LABEL_OUT_OF_PLACE, f.line(),
                    "the card label \"" + f.text().strip() + "\" stands outside any profession card");
        }
        state = State.SKIP;
        return true;
    }

    private boolean cardLabel(Labels.Match m, Fragment f) {
        Label label = m.label();
        switch (label) {
            case GROUP_CODE, OCCUPATION_CODE, LEVEL, SUBLEVEL, EDUCATION, EXPERIENCE, ALT_NAMES, GOAL -> {
                fields.open(label, f.line());
                state = State.FIELD;
            }
            case PROFESSION_NAME -> {
                if (state != State.RELATED) {
                    fields.open(label, f.line());
                    state = State.FIELD;
                }
            }
            // the header row of the related professions can print before the label of its table
            case RELATED, RELATED_LEVEL -> state = State.RELATED;
            case FUNCTIONS_DESCRIPTION, FUNCTION_LIST, REQUIRED_FUNCTIONS, ADDITIONAL_FUNCTIONS -> {
                // the first listed function can print before the label of its list
                card.openFunctionList(label);
                state = State.FUNCTION_LIST;
            }
            case RECOGNITION -> state = State.RECOGNITION;
            case COMPETENCIES -> state = State.COMPETENCIES;
            case FUNCTION, ADDITIONAL_FUNCTION, SKILL, ABILITIES, KNOWLEDGE -> {
                return skillTableLabel(m, f);
            }
            default -> {
                state = State.SKIP;
                return true;
            }
        }
        return false;
    }

    /** The labels of the skill table; a function or skill label takes the name after it itself. */
    private boolean skillTableLabel(Labels.Match m, Fragment f) {
        switch (m.label()) {
            case FUNCTION -> card.area.functionLabel(m.number(), m.rest(), f.line());
            case ADDITIONAL_FUNCTION -> card.area.additionalFunctionLabel(m.number(), m.rest(), f.line());
            case SKILL -> card.area.skillLabel(m.number(), m.rest(), f.line(), rowHasAbilities(f.line()));
            default -> {
                card.area.listHead(m.label(), f.line());
                state = State.ITEMS;
                return false;
            }
        }
        state = m.label() == Label.SKILL ? State.SKILL_NAME : State.FUNCTION_NAME;
        return true;
    }

    /** Whether the fragments still to come on this line open an abilities list. */
    private boolean rowHasAbilities(int line) {
        for (int i = index + 1; i < fragments.size() && fragments.get(i).line() == line; i++) {
            Labels.Match m = Labels.match(fragments.get(i).text());
            if (m != null && m.label() == Label.ABILITIES) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the next label, within a few lines and after unnumbered texts only, is that of the personal
     * competencies: the texts before it are then the first lines of their merged cell, not the rest of the last item.
     */
    boolean competenciesLabelFollows() {
        int from = fragments.get(index).line();
        for (int i = index + 1; i < fragments.size() && fragments.get(i).line() - from <= COMPETENCIES_LOOKAHEAD; i++) {
            Fragment next = fragments.get(i);
            Labels.Match m = Labels.match(next.text());
            if (m != null) {
                return m.label() == Label.COMPETENCIES;
            }
            if (State.startsWithNumber(next)) {
                return false;
            }
        }
        return false;
    }

    /** Personal competencies printed before their label: the card's, and said so. */
    void competenciesBeforeLabel(Fragment f) {
        card.competencies(f);
        diagnostics.add(DiagnosticCode.VALUE_BEFORE_LABEL, f.line(), "personal competencies are printed before"
                + " their label; \"" + f.text().strip() + "\" was read as the card's, not as the end of the last item");
    }

    /**
     * In a row of the skill table the cell tells what a text is: the first cell holds the function name, the second
     * the skill name (when content cells follow), the last cells the items. Returns whether the text was placed so;
     * a line of one value leaves it to the state.
     */
    boolean routedByColumn(Fragment f) {
        if (!f.tabular() || card.area.recognition(f.text(), false)) {
            return false;
        }
        boolean numbered = f.text().matches("(?s)^\\s*\\d{1,3}\\s*[.)]\\s+\\S.*");
        if (f.inFunctionColumn() && !numbered) {
            card.area.functionName(f);
        } else if (f.inSkillColumn() && !numbered) {
            card.area.skillName(f);
        } else if (f.inContentColumn() && state != State.RECOGNITION) {
            card.area.items(f);
        } else {
            return false;
        }
        return true;
    }

    void fieldText(Fragment f) {
        fields.add(f);
    }

    private void openCard(Labels.Match m, Fragment f) {
        fields.flush(card);
        closeCard();
        CardReader previous = cards.isEmpty() ? null : cards.get(cards.size() - 1);
        int number = m.leadNumber();
        if (previous != null && number > 0 && previous.number > 0) {
            if (number > previous.number + 1) {
                diagnostics.add(DiagnosticCode.CARD_NUMBER_SKIPPED, f.line(),
                        "card " + number + " follows card " + previous.number);
            } else if (number <= previous.number) {
                diagnostics.add(DiagnosticCode.NUMBER_REPEATED, f.line(),
                        "card " + number + " comes after card " + previous.number);
            }
        }
        card = new CardReader(number, Names.clean(m.rest()), f.line(), context);
        cards.add(card);
        state = State.SKIP;
    }

    private void closeCard() {
        if (card == null) {
            return;
        }
        CardDraft draft = card.finish();
        standard.cards.add(draft);
        card = null;
    }
}
