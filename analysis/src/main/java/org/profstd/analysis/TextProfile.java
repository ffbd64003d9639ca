package org.profstd.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text prepared for comparison once, so that comparing it with many others is cheap: its normalised form, its
 * content words with their stems, and its character trigrams.
 *
 * @param language   the language whose endings the stems were stripped of ({@code ru} or {@code kk})
 * @param normalized lower case, "ё" as "е", words separated by single spaces, punctuation dropped
 * @param words      the content words in order (stop words removed), as written but in lower case
 * @param stems      the stems of {@code words}, in first-seen order
 * @param trigrams   character trigrams of the normalised words, each word padded with a space on both sides
 */
public record TextProfile(String text, String language, String normalized, List<String> words, Set<String> stems, Set<String> trigrams) {

    /** Function words of both languages that carry no requirement of their own. */
    private static final Set<String> STOP_WORDS = Set.of(
            "и", "в", "во", "на", "по", "с", "со", "для", "к", "ко", "о", "об", "от", "из", "или", "а", "также", "их",
            "ее", "его", "то", "же", "не", "при", "до", "за", "под", "над", "как", "что", "это", "этих", "них", "том",
            "числе", "т", "д", "п", "др", "и/или",
            "және", "мен", "бен", "пен", "үшін", "бойынша", "арқылы", "немесе", "бұл", "сол", "оның", "олардың", "б");

    public static TextProfile of(String text, String language) {
        String source = text == null ? "" : text;
        List<String> tokens = tokens(source);
        List<String> words = new ArrayList<>();
        Set<String> stems = new LinkedHashSet<>();
        for (String token : tokens) {
            if (!STOP_WORDS.contains(token)) {
                words.add(token);
                stems.add(Stemmer.stem(token, language));
            }
        }
        return new TextProfile(source, language, String.join(" ", tokens), List.copyOf(words), stems, trigramsOf(words));
    }

    /** Lower-case runs of letters and digits; everything else separates words. */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static Set<String> trigramsOf(List<String> words) {
        Set<String> trigrams = new LinkedHashSet<>();
        for (String word : words) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }

    public boolean isEmpty() {
        return normalized.isEmpty();
    }
}
