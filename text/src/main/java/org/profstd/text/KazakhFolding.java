package org.profstd.text;

/**
 * Kazakh as it is often typed on a Russian keyboard: without the letters only Kazakh has, each written as the Russian
 * letter it looks or sounds like ({@code кызмет} for {@code қызмет}, {@code колдау} for {@code қолдау}), and the
 * {@code і} often as a Latin {@code i}. Folding maps both spellings to one: the Kazakh letters to those Russian
 * ones, and a Latin {@code i} inside a Cyrillic word to {@code и}, so that {@code отiнiм}, {@code отиним} and
 * {@code өтінім} agree. Folding loses the difference between front and back vowels ({@code ә} and {@code а}); it is
 * for recognising words, never for indexing the standards.
 */
public final class KazakhFolding {
    private static final String KAZAKH = "әғқңөұүһі";
    private static final String FOLDED = "агкноуухи";

    private KazakhFolding() {
    }

    /** The folded form of a lower-case word. */
    public static String fold(String word) {
        boolean cyrillic = word.chars()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = KAZAKH.indexOf(c);
            folded.append(k >= 0 ? FOLDED.charAt(k) : cyrillic && c == 'i' ? 'и' : c);
        }
        return folded.toString();
    }
}
