package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.LabelKind;
import org.profstd.parse.LabelTable;
import org.profstd.parse.LabelTable.Phrase;
import org.profstd.parse.LabelTable.Word;

/**
 * Turns the fragments of a kz-2017 standard ({@link Fragments}) into labels and text. The text conversion printed one
 * narrow table cell per line, so a label may be split over several lines ("Квалификационный" / "уровень по ОРК:"),
 * may carry its value on the same line ("Код: 3512-1-001"), may have a value printed inside it ("Другие возможные
 * Специалист ..." / "названия профессии:"), or several labels may be fused on one line ("Трудовая Задача 1: Умения:" /
 * "функция 3:"). A DOCX row gives one fragment per cell paragraph, so its labels arrive whole.
 */
final class Tokenizer {
    /** How many lines one label may be spread over ("Названия" / "секции," / ... / "ОКЭД:" takes eight). */
    private static final int MAX_LABEL_LINES = 10;
    /** The number of a numbered heading ("4. Наименование ПС:"); "6) профессиональная группа" is a glossary entry. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}\\.\\s+");
    private static final Pattern LEADING_COLON = Pattern.compile("^[\\s:]+");

    private final List<Fragment> fragments = new ArrayList<>();
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();

    /** A label found in a run of fragments: the value text after it sits in fragment {@code last}. */
    private record Match(Label label, Integer number, int last, String value) {
    }

    private Tokenizer(List<Fragment> fragments, Diagnostics diagnostics) {
        this.fragments.addAll(fragments);
        this.diagnostics = diagnostics;
    }

    static List<Token> tokenize(List<Fragment> fragments, Diagnostics diagnostics) {
        Tokenizer t = new Tokenizer(fragments, diagnostics);
        t.run();
        return t.tokens;
    }

    private void run() {
        int i = 0;
        while (i < fragments.size()) {
            Fragment f = fragments.get(i);
            Match m = matchFrom(i, "");
            if (m == null) {
                m = interleaved(i);
                if (m != null) {
                    i = m.last() + 1;
                    continue;
                }
            }
            if (m == null) {
                tokens.add(new Token.TextToken(f.text(), f.line(), f.opensParagraph()));
                i++;
                continue;
            }
            tokens.add(new Token.LabelToken(m.label(), m.number(), f.line()));
            sameLine(m.value(), fragments.get(m.last()).line(), false);
            i = m.last() + 1;
        }
    }

    /**
     * The text after a label on its line: more labels fused to it ("Задача 1: Умения:"), then a value.
     *
     * @param fused whether labels found here were fused into another label's words
     */
    private void sameLine(String rest, int line, boolean fused) {
        String text = rest;
        while (!text.isEmpty()) {
            Match m = matchAt(text, 0, -1, 0, false);
            if (m == null || m.label().kind() == LabelKind.NUMBERED_HEADING) {
                tokens.add(new Token.TextToken(text, line, false));
                return;
            }
            if (fused) {
                diagnostics.add(DiagnosticCode.LABEL_OUT_OF_PLACE, line,
                        "labels fused on one line: \"" + m.label().name().toLowerCase().replace('_', ' ')
                                + "\" is printed inside another label");
            }
            tokens.add(new Token.LabelToken(m.label(), m.number(), line));
            text = m.value();
        }
    }

    /**
     * A label whose first words open fragment {@code i}, whose last words open a following fragment, and which has
     * other text printed in between: a value before the end of its label, or another label fused into it.
     */
    private Match interleaved(int i) {
        if (i + 1 >= fragments.size()) {
            return null;
        }
        Fragment f = fragments.get(i);
        List<Word> words = LabelTable.words(f.text());
        for (Phrase<Label> phrase : Label.TABLE.phrases()) {
            Label label = phrase.label();
            int k = LabelTable.commonPrefix(words, 0, phrase.words());
            if (k == 0 || k >= phrase.size() || k == words.size()) {
                continue;
            }
            String seed = String.join(" ", phrase.words().subList(0, k));
            Match m = matchFrom(i + 1, seed);
            if (m != null && m.label() == label) {
                String inside = f.text().substring(words.get(k - 1).end()).strip();
                tokens.add(new Token.LabelToken(label, m.number(), f.line()));
                int before = tokens.size();
                sameLine(inside, f.line(), true);
                if (tokens.size() == before + 1 && tokens.get(before) instanceof Token.TextToken) {
                    diagnostics.add(DiagnosticCode.VALUE_BEFORE_LABEL, f.line(),
                            "the value \"" + inside + "\" is printed inside its label");
                }
                sameLine(m.value(), fragments.get(m.last()).line(), false);
                return m;
            }
        }
        return null;
    }

    /** The label that starts at fragment {@code first} (after the seed words, if any), possibly over several lines. */
    private Match matchFrom(int first, String seed) {
        List<String> run = new ArrayList<>();
        if (!seed.isEmpty()) {
            run.add(seed);
        }
        Match best = null;
        for (int j = first; j < fragments.size() && j < first + MAX_LABEL_LINES; j++) {
            run.add(fragments.get(j).text());
            String joined = String.join("\n", run);
            int lastStart = joined.length() - run.get(run.size() - 1).length();
            Match m = matchAt(joined, 0, j, lastStart, false);
            Matcher number = LIST_NUMBER.matcher(joined);
            boolean numbered = seed.isEmpty() && number.find();
            if (m == null && numbered) {
                m = matchAt(joined, number.end(), j, lastStart, true);
            }
            if (m != null) {
                best = m;
                if (!m.value().isEmpty()) {
                    return best;
                }
            }
            String words = numbered ? joined.substring(number.end()) : joined;
            if (!Label.TABLE.startsPhrase(LabelTable.texts(LabelTable.words(words)),
                    p -> p.label().kind() == LabelKind.NUMBERED)) {
                return best;
            }
        }
        return best;
    }

    private Match matchAt(String joined, int from, int lastIndex, int lastStart, boolean headingsOnly) {
        List<Word> words = LabelTable.words(joined, from, Integer.MAX_VALUE);
        Match best = null;
        int bestLength = 0;
        for (Phrase<Label> phrase : Label.TABLE.phrases()) {
            if (headingsOnly && phrase.label().kind() != LabelKind.NUMBERED_HEADING || phrase.size() <= bestLength
                    || !LabelTable.opensWith(words, 0, phrase.words())) {
                continue;
            }
            Match m = complete(phrase.label(), phrase.size(), words, joined, lastIndex, lastStart);
            if (m != null) {
                best = m;
                bestLength = phrase.size();
            }
        }
        return best;
    }

    /** The match of a phrase whose words are all present: its number, its value, and whether it ends in the last line. */
    private static Match complete(Label label, int length, List<Word> words, String joined, int lastIndex,
            int lastStart) {
        int end = words.get(length - 1).end();
        Integer number = null;
        if (label.kind() == LabelKind.NUMBERED) {
            if (words.size() <= length || !words.get(length).text().chars().allMatch(Character::isDigit)
                    || words.get(length).text().length() > 2) {
                return null;
            }
            number = Integer.parseInt(words.get(length).text());
            end = words.get(length).end();
        }
        if (end <= lastStart) {
            return null; // complete before the last line, so the last line is not part of it
        }
        String after = joined.substring(end);
        if (label.kind() == LabelKind.LIST_HEAD && !after.isBlank() && !after.stripLeading().startsWith(":")) {
            return null;
        }
        return new Match(label, number, lastIndex, LEADING_COLON.matcher(after).replaceFirst("").strip());
    }
}
