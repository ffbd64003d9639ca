package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one item cell paragraph where a full stop ends one requirement and a new capitalised sentence
 * starts the next ("...журнал истории изменений. Представление на сайте ..."), as a reader of the printed list does.
 * A full stop after a short lower-case word is an abbreviation ("т. д.", "др.", "г."), and a capital that is not
 * followed by a small letter starts an acronym or a code, not a sentence; neither splits.
 */
public final class Sentences {
    /** A word before the full stop shorter than this, in small letters, is taken for an abbreviation. */
    private static final int MIN_WORD = 3;

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            int next = skipSpaces(text, i + 1);
            if (next > i + 1 && startsSentence(text, next) && endsSentence(text, i)) {
                out.add(text.substring(start, i + 1).strip());
                start = next;
            }
        }
        out.add(text.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Whether a word starts at {@code i} with a capital followed by a small letter: "Представление", not "ПО". */
    public static boolean startsSentence(String text, int i) {
        return i + 1 < text.length() && Character.isUpperCase(text.charAt(i))
                && Character.isLowerCase(text.charAt(i + 1));
    }

    /** Whether the full stop at {@code dot} closes a sentence: it follows a word, not an abbreviation or a digit. */
    private static boolean endsSentence(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int length = dot - start;
        if (length == 0) {
            return start > 0 && (text.charAt(start - 1) == ')' || text.charAt(start - 1) == '»');
        }
        String word = text.substring(start, dot);
        boolean acronym = length >= 2 && word.chars().allMatch(Character::isUpperCase);
        boolean glued = start > 0 && text.charAt(start - 1) == '.';
        return !glued && (acronym || length >= MIN_WORD);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
