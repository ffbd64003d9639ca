package org.profstd.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the fragments of one logical text (a name or an item broken across lines or cells) into clean prose.
 *
 * <p>A fragment that ends with a hyphen right after a letter is a real hyphenated word ("программно-" / "аппаратного"
 * gives "программно-аппаратного"): the documents do not hyphenate at line breaks. A word split without a hyphen
 * ("инфокоммуникацион" / "ных") is joined when the document prints the whole word elsewhere and at least one half is
 * rarer than the whole; otherwise fragments are joined by one space.
 */
public final class TextJoiner {
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}+)");
    private final Vocabulary vocabulary;

    public TextJoiner(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String join(List<String> fragments) {
        StringBuilder sb = new StringBuilder();
        for (String fragment : fragments) {
            append(sb, fragment);
        }
        return sb.toString();
    }

    /** Appends one more fragment to text being built, choosing the seam. */
    public void append(StringBuilder sb, String fragment) {
        String next = fragment.strip();
        if (next.isEmpty()) {
            return;
        }
        if (sb.length() == 0) {
            sb.append(next);
            return;
        }
        trimEnd(sb);
        sb.append(seam(sb, next)).append(next);
    }

    private String seam(CharSequence before, String next) {
        int n = before.length();
        char last = before.charAt(n - 1);
        if (last == '-' && n >= 2 && Character.isLetter(before.charAt(n - 2)) && Character.isLetter(next.charAt(0))) {
            return "";
        }
        String w1 = lastWord(before);
        Matcher head = FIRST_WORD.matcher(next);
        if (!w1.isEmpty() && head.find() && isSplitWord(w1, head.group(1))) {
            return "";
        }
        return " ";
    }

    /**
     * The letters at the end of the text, found by walking back from its end: a regex search would scan the whole
     * text, and text grows by one fragment at a time, so a long list run into one text would take quadratic time.
     */
    private static String lastWord(CharSequence text) {
        int start = text.length();
        while (start > 0) {
            int c = Character.codePointBefore(text, start);
            if (!Character.isLetter(c)) {
                break;
            }
            start -= Character.charCount(c);
        }
        return text.subSequence(start, text.length()).toString();
    }

    boolean isSplitWord(String w1, String w2) {
        if (w1.length() < 3) {
            return false;
        }
        int whole = vocabulary.count(w1 + w2);
        if (whole == 0) {
            return false;
        }
        return vocabulary.count(w1) <= whole || vocabulary.count(w2) <= whole;
    }

    private static void trimEnd(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
    }
}
