package org.profstd.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.profstd.text.Words;

/**
 * A text prepared for comparison once, so that comparing it with many others is cheap: its normalised form, its
 * content words with their stems, and its character trigrams. Words, stop words and stems are those of the search
 * index ({@link Words}), so a comparison and a search read a text as the same words.
 *
 * @param language   the language whose analysis made the stems ({@code ru} or {@code kk})
 * @param normalized lower case, "ё" as "е", words separated by single spaces, punctuation dropped
 * @param words      the content words in order (stop words removed), as written but in lower case
 * @param stems      the stems of {@code words}, in first-seen order
 * @param trigrams   character trigrams of the normalised words, each word padded with a space on both sides
 */
public record TextProfile(String text, String language, String normalized, List<String> words, Set<String> stems, Set<String> trigrams) {

    public static TextProfile of(String text, String language) {
        String source = text == null ? "" : text;
        List<String> words = new ArrayList<>();
        Set<String> stems = new LinkedHashSet<>();
        for (Words.Word word : Words.of(source, language)) {
            words.add(word.text());
            stems.add(word.stem());
        }
        return new TextProfile(source, language, String.join(" ", Words.tokens(source)), List.copyOf(words), stems,
                trigramsOf(words));
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
