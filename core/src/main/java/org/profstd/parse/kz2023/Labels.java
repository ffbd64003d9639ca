package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.parse.Languages;

/**
 * Finds the {@link Label} a paragraph starts with. The phrases of the table become tolerant patterns: any run of
 * spaces or quotes between words, spaces around hyphens ("СБШ -нің"), any letter case, an optional list number or
 * markdown heading marks before the label.
 */
final class Labels {
    /** A label found at the start of a paragraph. */
    record Match(Label label, String language, int leadNumber, int number, String rest, int phraseLength) {
    }

    private record Entry(Label label, String language, String phrase, Pattern pattern) {
    }

    private static final String LEAD = "^[#\\s]*(?:(?<lead>\\d{1,3})\\s*[.)]\\s*)?[«»\"“”\\s]*";
    private static final String PLAIN_TAIL = "(?![\\p{L}\\p{N}])[«»\"“”\\s]*:?\\s*(?<rest>.*)$";
    private static final String NUMBERED_TAIL = "\\s*(?<num>\\d{1,2})(?!\\d)\\s*[.:]?\\s*(?<rest>.*)$";
    private static final String LIST_HEAD_TAIL = "(?:\\s*:|\\s*$|\\s+(?=\\d{1,2}[.)]\\s))\\s*(?<rest>.*)$";
    private static final Pattern HEAD = Pattern.compile("[#\\s]*(?:\\d{1,3}\\s*[.)]\\s*)?[«»\"“”\\s]*");
    private static final List<Entry> ENTRIES = entries();

    private Labels() {
    }

    /** The longest label the text starts with, or null. */
    static Match match(String text) {
        String head = head(text);
        Match best = null;
        for (Entry e : ENTRIES) {
            if (best != null && e.phrase.length() <= best.phraseLength() || !head.startsWith(e.phrase.substring(0, 2))) {
                continue;
            }
            Matcher m = e.pattern.matcher(text);
            if (m.matches()) {
                String lead = m.group("lead");
                int number = e.label.kind() == Label.Kind.NUMBERED ? Integer.parseInt(m.group("num")) : 0;
                best = new Match(e.label, e.language, lead == null ? 0 : Integer.parseInt(lead), number,
                        m.group("rest").strip(), e.phrase.length());
            }
        }
        return best;
    }

    /**
     * Whether the text is the beginning of a label that continues on the next line ("Жеке құзыреттерге" of "Жеке
     * құзыреттерге қойылатын талаптар:"), as one-value-per-line conversions break long labels.
     */
    static boolean startsLabel(String text) {
        String t = normalize(text);
        if (t.length() < 6) {
            return false;
        }
        for (Entry e : ENTRIES) {
            if (e.phrase.length() > t.length() && e.phrase.startsWith(t) && e.phrase.charAt(t.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The first letters of a text after list number and quotes, to try only the labels that can match. */
    private static String head(String text) {
        Matcher m = HEAD.matcher(text);
        int start = m.lookingAt() ? m.end() : 0;
        String h = text.substring(start, Math.min(text.length(), start + 2));
        return h.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Lower case, single spaces, no spaces around hyphens, no quotes, no leading list number or colon at the end. */
    static String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        t = t.replaceAll("[«»\"“”]", " ").replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
        t = t.replaceFirst("^\\d{1,3}\\s*[.)]\\s*", "");
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        for (Label label : Label.values()) {
            for (String language : List.of(Languages.RU, Languages.KK)) {
                for (String phrase : label.phrases(language)) {
                    list.add(new Entry(label, language, phrase, Pattern.compile(LEAD + phrasePattern(phrase)
                            + tail(label.kind()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)));
                }
            }
        }
        return List.copyOf(list);
    }

    private static String tail(Label.Kind kind) {
        return switch (kind) {
            case PLAIN -> PLAIN_TAIL;
            case NUMBERED -> NUMBERED_TAIL;
            case LIST_HEAD -> LIST_HEAD_TAIL;
        };
    }

    private static String phrasePattern(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (char c : phrase.toCharArray()) {
            if (c == ' ') {
                sb.append("[\\s«»\"“”]+");
            } else if (c == '-') {
                sb.append("\\s*-\\s*");
            } else if (c == 'е') {
                sb.append("[её]");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
