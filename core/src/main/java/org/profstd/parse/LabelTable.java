package org.profstd.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Language;

/**
 * The labels of one template family with their Russian and Kazakh phrases, and the one way every family matches them:
 * word by word, so a label is found however the conversion broke, spaced, quoted or hyphenated it. A word is a run of
 * letters or a run of digits ("Задача1:" is the words "задача" and "1"), compared in lower case with ё read as е;
 * footnote marks ("Код*(1)") are not words. Each family keeps only its own state: what a label opens and how its value
 * follows.
 *
 * @param <L> the family's enum of labels
 */
public final class LabelTable<L extends Enum<L> & TemplateLabel> {
    /** A word of a text, and where it stands in that text. */
    public record Word(String text, int start, int end) {
    }

    /**
     * One phrasing of a label, as printed and as the words it is matched by.
     *
     * @param normalized its words separated by single spaces, as {@link #normalize} prints a text
     */
    public record Phrase<L extends TemplateLabel>(L label, Language language, String text, List<String> words,
            String normalized) {
        public int size() {
            return words.size();
        }
    }

    private static final Pattern WORD = Pattern.compile("\\*\\(\\d+\\)|\\p{L}+|\\p{N}+");

    private final List<L> labels;
    private final List<Phrase<L>> phrases;
    /** The phrases by their first word, each list in table order: what a word run can open with. */
    private final Map<String, List<Phrase<L>>> byFirstWord;
    private final int longest;

    private LabelTable(Class<L> type) {
        this.labels = List.of(type.getEnumConstants());
        List<Phrase<L>> all = new ArrayList<>();
        for (L label : labels) {
            for (Language language : Language.values()) {
                for (String phrase : label.phrases().in(language)) {
                    List<String> words = texts(words(phrase));
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException(
                                "the phrase \"" + phrase + "\" of " + label + " has no words");
                    }
                    all.add(new Phrase<>(label, language, phrase, words, String.join(" ", words)));
                }
            }
        }
        this.phrases = List.copyOf(all);
        Map<String, List<Phrase<L>>> byFirst = new HashMap<>();
        for (Phrase<L> p : phrases) {
            byFirst.computeIfAbsent(p.words().get(0), w -> new ArrayList<>()).add(p);
        }
        this.byFirstWord = Map.copyOf(byFirst);
        this.longest = all.stream().mapToInt(Phrase::size).max().orElse(0);
    }

    public static <L extends Enum<L> & TemplateLabel> LabelTable<L> of(Class<L> labels) {
        return new LabelTable<>(labels);
    }

    public List<L> labels() {
        return labels;
    }

    /** Every phrase, label by label in table order, Russian before Kazakh. */
    public List<Phrase<L>> phrases() {
        return phrases;
    }

    /** The number of words of the longest phrase: how many words of a text a label can take. */
    public int longestPhrase() {
        return longest;
    }

    /** The words of a text. */
    public static List<Word> words(String text) {
        return words(text, 0, Integer.MAX_VALUE);
    }

    /** At most {@code limit} words of a text, from offset {@code from} on. */
    public static List<Word> words(String text, int from, int limit) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(from, text.length());
        while (words.size() < limit && m.find()) {
            if (text.charAt(m.start()) != '*') {
                words.add(new Word(m.group().toLowerCase(Locale.ROOT).replace('ё', 'е'), m.start(), m.end()));
            }
        }
        return words;
    }

    /** A text in the normal form phrases are compared in: its words separated by single spaces. */
    public static String normalize(String text) {
        return String.join(" ", texts(words(text)));
    }

    /** How many words of the phrase the words repeat, from word {@code from} on. */
    public static int commonPrefix(List<Word> words, int from, List<String> phrase) {
        int k = 0;
        while (k < phrase.size() && from + k < words.size() && words.get(from + k).text().equals(phrase.get(k))) {
            k++;
        }
        return k;
    }

    /** Whether the words, from word {@code from} on, open with every word of the phrase. */
    public static boolean opensWith(List<Word> words, int from, List<String> phrase) {
        return commonPrefix(words, from, phrase) == phrase.size();
    }

    /**
     * The longest phrase the words open with (from word {@code from}) among those accepted, the earlier in the table
     * on a tie; null when none.
     */
    public Phrase<L> longestOpening(List<Word> words, int from, Predicate<Phrase<L>> accept) {
        if (from >= words.size()) {
            return null;
        }
        Phrase<L> best = null;
        for (Phrase<L> p : byFirstWord.getOrDefault(words.get(from).text(), List.of())) {
            if ((best == null || p.size() > best.size()) && opensWith(words, from, p.words()) && accept.test(p)) {
                best = p;
            }
        }
        return best;
    }

    /** The label a whole text is (a {@link LabelKind#FIRST_WORD} label: a text it opens), or null. */
    public L whole(String text) {
        List<String> words = texts(words(text));
        for (Phrase<L> p : phrases) {
            if (words.equals(p.words())
                    || p.label().kind() == LabelKind.FIRST_WORD && !words.isEmpty() && startsWith(words, p.words())) {
                return p.label();
            }
        }
        return null;
    }

    /** The labels a text can be the first words of, when a break cut the label in two ("Необходимые" / "знания"). */
    public List<L> byHead(String text) {
        List<String> words = texts(words(text));
        List<L> found = new ArrayList<>();
        for (Phrase<L> p : phrases) {
            if (!words.isEmpty() && words.size() < p.size() && startsWith(p.words(), words)
                    && !found.contains(p.label())) {
                found.add(p.label());
            }
        }
        return found;
    }

    /** The labels a text can be the last words of ("знания" of "Необходимые" / "знания"). */
    public List<L> byTail(String text) {
        List<String> words = texts(words(text));
        List<L> found = new ArrayList<>();
        for (Phrase<L> p : phrases) {
            if (!words.isEmpty() && words.size() < p.size()
                    && p.words().subList(p.size() - words.size(), p.size()).equals(words) && !found.contains(p.label())) {
                found.add(p.label());
            }
        }
        return found;
    }

    /** Whether the words are a proper beginning of some phrase, so that the next line may complete it. */
    public boolean startsPhrase(List<String> words, Predicate<Phrase<L>> extraWord) {
        for (Phrase<L> p : phrases) {
            int needed = extraWord.test(p) ? p.size() + 1 : p.size();
            if (!words.isEmpty() && words.size() < needed
                    && startsWith(p.words(), words.subList(0, Math.min(words.size(), p.size())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> words, List<String> head) {
        return words.size() >= head.size() && words.subList(0, head.size()).equals(head);
    }

    public static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
