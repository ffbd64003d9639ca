package org.profstd.parse.kz2017;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;
import org.profstd.parse.Dates;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FamilyParser;
import org.profstd.parse.LabelTable;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;

/**
 * Reads standards of the kz-2017 template family (Atameken orders of 2017-2019): glossary, passport, list of cards,
 * then profession cards with "Трудовая функция N" / "Задача N" / "Умения" / "Знания" (the older variant: functions
 * with "Умения и навыки" and no tasks), then the technical data. The parser walks the labels and text the
 * {@link Tokenizer} finds through the sections of {@link Section}; cards are read by {@link CardReader}.
 */
public final class Kz2017Parser implements FamilyParser {
    /** A code of ОКЭД at the start of a line, its full stop optional: "J Информация", "J. Информация", "62.01.1. Разработка". */
    private static final Pattern OKED_CODE = Pattern.compile("^([A-Z]|\\d{2}(?:\\.\\d{1,2}){0,2}(?:\\.\\d)?)\\.?\\s+\\p{L}");
    /** A dotted code of ОКЭД after a word: two lines of the cell that a PDF printed as one paragraph. */
    private static final Pattern INNER_OKED_CODE = Pattern.compile(
            "(?<=\\p{L}\\s)(\\d{2}(?:\\.\\d{1,2}){1,2}(?:\\.\\d)?)\\.?\\s+\\p{Lu}");
    private static final Pattern VERSION = Pattern.compile("(?iu)верси\\p{L}*\\s*(\\S+?)[,;]?\\s+(?:.*?)?(\\d{4})");

    /** Where in the standard the parser is. */
    enum Section {
        PREAMBLE, GLOSSARY, FIELD, OKED, CARD_LIST, CARD, DEVELOPERS, SKIPPED
    }

    /** The standard's fields that take free text. */
    enum Field {
        TITLE, CODE, PURPOSE, DESCRIPTION, VERSION, REVIEW_DATE
    }

    @Override
    public LabelTable<?> labels() {
        return Label.TABLE;
    }

    @Override
    public Standard parse(SourceText text, Segment segment, Diagnostics diagnostics) {
        List<SourceLine> lines = text.lines(segment.startLine(), segment.endLine());
        Reading reading = new Reading(ParseContext.of(text, diagnostics), text, segment);
        for (Token token : Tokenizer.tokenize(Fragments.forFormat(text.format()).of(lines), diagnostics)) {
            reading.accept(token);
        }
        return reading.finish().build();
    }

    /** The state of reading one standard. */
    private static final class Reading {
        private final ParseContext context;
        private final SourceText text;
        private final Segment segment;
        private final StandardDraft draft;
        private final Glossary glossary;
        private final CardList cardList;
        private Section section = Section.PREAMBLE;
        private Field field;
        private int fieldLine;
        private final StringBuilder fieldText = new StringBuilder();
        private final StringBuilder developer = new StringBuilder();
        private CardReader card;

        Reading(ParseContext context, SourceText text, Segment segment) {
            this.context = context;
            this.text = text;
            this.segment = segment;
            this.draft = new StandardDraft(segment, Jurisdiction.KZ);
            this.glossary = new Glossary(context);
            this.cardList = new CardList(context);
        }

        void accept(Token token) {
            if (token instanceof Token.LabelToken label) {
                label(label);
            } else if (token instanceof Token.TextToken t) {
                text(t);
            }
        }

        private void label(Token.LabelToken t) {
            if (section == Section.CARD && CardReader.isCardLabel(t.label())) {
                card.label(t);
                return;
            }
            leave();
            switch (t.label()) {
                case GLOSSARY -> section = Section.GLOSSARY;
                case STANDARD_NAME -> openField(Field.TITLE, t);
                case STANDARD_CODE -> openField(Field.CODE, t);
                case PURPOSE -> openField(Field.PURPOSE, t);
                case DESCRIPTION -> openField(Field.DESCRIPTION, t);
                case VERSION -> openField(Field.VERSION, t);
                case REVIEW_DATE -> openField(Field.REVIEW_DATE, t);
                case OKED -> section = Section.OKED;
                case CARD_LIST -> section = Section.CARD_LIST;
                case DEVELOPED -> section = Section.DEVELOPERS;
                case CARD -> {
                    card = new CardReader(context, t.line(), draft.cards.size() + 1);
                    section = Section.CARD;
                }
                default -> section = CardReader.isCardLabel(t.label()) ? outOfCard(t) : Section.SKIPPED;
            }
        }

        private Section outOfCard(Token.LabelToken t) {
            context.report(DiagnosticCode.LABEL_OUT_OF_PLACE, t.line(), "the card label \""
                    + t.label().name().toLowerCase() + "\" stands outside any card");
            return Section.SKIPPED;
        }

        private void text(Token.TextToken t) {
            switch (section) {
                case GLOSSARY -> glossary.text(t);
                case FIELD -> fieldText(t);
                case OKED -> okedText(t);
                case CARD_LIST -> cardList.text(t);
                case CARD -> card.text(t);
                case DEVELOPERS -> context.append(developer, t.text());
                case PREAMBLE, SKIPPED -> {
                }
            }
        }

        private void okedText(Token.TextToken t) {
            Matcher m = OKED_CODE.matcher(t.text());
            if (m.find()) {
                draft.okedCodes.add(m.group(1));
                Matcher inner = INNER_OKED_CODE.matcher(t.text());
                while (inner.find()) {
                    draft.okedCodes.add(inner.group(1));
                }
            }
        }

        private void openField(Field f, Token.LabelToken t) {
            section = Section.FIELD;
            field = f;
            fieldLine = t.line();
            fieldText.setLength(0);
        }

        private void fieldText(Token.TextToken t) {
            if (t.isLoneNumber() && field != Field.VERSION && field != Field.CODE && !isReviewYear(t)) {
                context.pageNumberRemoved(t.line(), t.text(), "the passport");
                return;
            }
            context.append(fieldText, t.text());
        }

        /** A year alone after "Дата ориентировочного пересмотра": the review year, not a page number. */
        private boolean isReviewYear(Token.TextToken t) {
            return field == Field.REVIEW_DATE && t.text().length() == 4
                    && (t.text().startsWith("19") || t.text().startsWith("20"));
        }

        /** Closes what the current section was collecting. */
        private void leave() {
            switch (section) {
                case FIELD -> closeField();
                case CARD -> draft.cards.add(card.finish());
                case DEVELOPERS -> closeDevelopers();
                default -> {
                }
            }
        }

        private void closeField() {
            String value = fieldText.toString().strip();
            switch (field) {
                case TITLE -> draft.title = nonEmpty(Names.clean(value));
                case CODE -> draft.code = code(value);
                case PURPOSE -> draft.purpose = nonEmpty(Names.clean(value));
                case DESCRIPTION -> draft.description = nonEmpty(Names.clean(value));
                case VERSION -> version(value);
                case REVIEW_DATE -> draft.reviewDate = Dates.find(value);
            }
            if (value.isEmpty() || value.equals("-")) {
                context.report(DiagnosticCode.MISSING_FIELD, fieldLine, "the passport field "
                        + field.name().toLowerCase().replace('_', ' ') + " is empty");
            }
        }

        private String code(String value) {
            return value.isEmpty() || value.equals("-") ? null : value.split("\\s+")[0];
        }

        private void version(String value) {
            Matcher m = VERSION.matcher(value);
            if (m.find()) {
                draft.version = m.group(1);
                draft.year = Integer.parseInt(m.group(2));
            }
        }

        private void closeDevelopers() {
            String d = developer.toString().strip().replaceAll("[.;,:]+$", "");
            if (!d.isEmpty()) {
                draft.developers.add(d);
            }
            developer.setLength(0);
        }

        StandardDraft finish() {
            leave();
            section = Section.SKIPPED;
            if (draft.title == null) {
                draft.title = titleAfterHeading();
                context.report(DiagnosticCode.MISSING_TITLE, segment.titleLine(),
                        "the passport gives no name; the title is taken from the heading");
            }
            if (draft.cards.isEmpty()) {
                context.report(DiagnosticCode.MISSING_SECTION, segment.startLine(), "the standard has no profession cards");
            }
            if (cardList.isEmpty()) {
                context.report(DiagnosticCode.MISSING_SECTION, segment.startLine(), "the passport has no list of cards");
            } else {
                cardList.check(draft.cards);
            }
            draft.terms.addAll(glossary.terms());
            return draft;
        }

        /** The quoted name printed under "Профессиональный стандарт". */
        private String titleAfterHeading() {
            for (int n = segment.titleLine() + 1; n > 1 && n <= segment.endLine(); n++) {
                String t = text.line(n).flatText();
                if (!t.isBlank()) {
                    return nonEmpty(Names.clean(t));
                }
            }
            return null;
        }

        private static String nonEmpty(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
