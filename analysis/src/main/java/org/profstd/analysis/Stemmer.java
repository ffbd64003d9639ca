package org.profstd.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A light suffix-stripping stemmer for Russian and Kazakh, enough to make "поддержка" and "поддержки" or
 * "инфрақұрылымын" and "инфрақұрылымының" the same word when comparing requirements. It strips endings, never
 * derivational suffixes, so "обеспечение" and "обеспечивать" stay apart; and it keeps at least {@link #MIN_STEM}
 * letters so short words survive.
 *
 * <p>Russian is inflectional: one ending is stripped. Kazakh is agglutinative: case, possessive and plural endings
 * stack ("жүйе-лер-дің"), so up to three are stripped, the outermost first.
 */
public final class Stemmer {
    static final int MIN_STEM = 4;
    private static final int KAZAKH_ROUNDS = 3;

    /** Russian noun, adjective, participle and verb endings; "-ость" nouns whole, or "-ть" would split them. */
    private static final List<String> RU = byLengthDescending(
            "остями", "остью", "остей", "остям", "остях", "ость", "ости", "иями", "ями", "ами", "ием", "ией", "иям", "иях", "ого", "его", "ому", "ему", "ыми", "ими", "ать", "ять",
            "ить", "еть", "ует", "уют", "ются", "ется", "ться", "ов", "ев", "ей", "ий", "ый", "ой", "ая", "яя", "ое",
            "ее", "ые", "ие", "ия", "ии", "ию", "ых", "их", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю",
            "ть", "ет", "ют", "ит", "ат", "ят", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь");

    /** Kazakh case, possessive and plural endings (both vowel harmonies, voiced and voiceless variants). */
    private static final List<String> KK = byLengthDescending(
            "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде",
            "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", "ды", "ді", "ты", "ті", "ны", "ні",
            "мен", "бен", "пен", "лар", "лер", "дар", "дер", "тар", "тер", "сын", "сін", "сы", "сі",
            "ын", "ін", "ы", "і", "н", "а", "е");

    private Stemmer() {
    }

    /** The stem of a lower-case word; the word itself when it is short, a number or Latin. */
    public static String stem(String word, String language) {
        if (word.length() <= MIN_STEM || !isCyrillic(word)) {
            return word;
        }
        if ("kk".equals(language) || hasKazakhLetter(word)) {
            String stem = word;
            for (int round = 0; round < KAZAKH_ROUNDS; round++) {
                String shorter = strip(stem, KK);
                if (shorter.equals(stem)) {
                    break;
                }
                stem = shorter;
            }
            return stem;
        }
        return strip(word, RU);
    }

    private static String strip(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    static boolean hasKazakhLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("әғқңөұүһі".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static List<String> byLengthDescending(String... endings) {
        return Arrays.stream(endings).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
