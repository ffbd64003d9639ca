package org.profstd.parse.kz2023;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Language;
import org.profstd.parse.LabelKind;
import org.profstd.parse.LabelTable;
import org.profstd.parse.LabelTable.Phrase;
import org.profstd.parse.LabelTable.Word;

/**
 * Finds the {@link Label} a paragraph starts with: after an optional list number or markdown heading marks, the words
 * of a phrase (matched by {@link LabelTable}, whatever spaces, quotes or hyphens stand between them), then what the
 * label's kind lets follow it.
 */
final class Labels {
    /** A label found at the start of a paragraph. */
    record Match(Label label, Language language, int leadNumber, int number, String rest, int phraseLength) {
    }

    /** Markdown heading marks, a list number and quotes before the label. */
    private static final Pattern LEAD = Pattern.compile("[#\\s]*(?:(?<lead>\\d{1,3})\\s*[.)]\\s*)?[«»\"“”\\s]*");
    private static final Pattern PLAIN_TAIL = tail("(?![\\p{L}\\p{N}])[«»\"“”\\s]*:?\\s*(?<rest>.*)$");
    private static final Pattern NUMBERED_TAIL = tail("\\s*(?<num>\\d{1,2})(?!\\d)\\s*[.:]?\\s*(?<rest>.*)$");
    private static final Pattern LIST_HEAD_TAIL = tail("(?:\\s*:|\\s*$|\\s+(?=\\d{1,2}[.)]\\s))\\s*(?<rest>.*)$");

    private Labels() {
    }

    /** The longest label the text starts with, or null. */
    static Match match(String text) {
        Matcher lead = LEAD.matcher(text);
        int start = lead.lookingAt() ? lead.end() : 0;
        List<Word> words = LabelTable.words(text, start, Label.TABLE.longestPhrase());
        if (words.isEmpty() || words.get(0).start() != start) {
            return null;
        }
        Match best = null;
        for (Phrase<Label> p : Label.TABLE.phrases()) {
            int length = p.normalized().length();
            if (best != null && length <= best.phraseLength() || !LabelTable.opensWith(words, 0, p.words())) {
                continue;
            }
            Matcher m = tail(p.label()).matcher(text).region(words.get(p.size() - 1).end(), text.length());
            if (m.matches()) {
                String number = lead.group("lead");
                best = new Match(p.label(), p.language(), number == null ? 0 : Integer.parseInt(number),
                        p.label().kind() == LabelKind.NUMBERED ? Integer.parseInt(m.group("num")) : 0,
                        m.group("rest").strip(), length);
            }
        }
        return best;
    }

    /**
     * Whether the text is the beginning of a label that continues on the next line ("Жеке құзыреттерге" of "Жеке
     * құзыреттерге қойылатын талаптар:"), as one-value-per-line conversions break long labels.
     */
    static boolean startsLabel(String text) {
        String t = afterLead(text);
        return LabelTable.normalize(t).length() >= 6 && !Label.TABLE.byHead(t).isEmpty();
    }

    /** A text in the normal form of {@link LabelTable#normalize}, without its list number. */
    static String normalize(String text) {
        return LabelTable.normalize(afterLead(text));
    }

    private static String afterLead(String text) {
        Matcher lead = LEAD.matcher(text);
        return lead.lookingAt() ? text.substring(lead.end()) : text;
    }

    private static Pattern tail(Label label) {
        return switch (label.kind()) {
            case NUMBERED -> NUMBERED_TAIL;
            case LIST_HEAD -> LIST_HEAD_TAIL;
            default -> PLAIN_TAIL;
        };
    }

    private static Pattern tail(String regex) {
        return Pattern.compile(regex, Pattern.DOTALL);
    }
}
