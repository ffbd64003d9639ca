package org.profstd.text;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A light stemmer for Kazakh nouns: it removes, from the end of a lower-case word, at most one case ending, then at
 * most one third-person possessive ending, then at most one plural ending ({@code жүйелерінің -> жүйе},
 * {@code деректерді -> дерек}, {@code инфрақұрылымының -> инфрақұрылым}).
 *
 * <p>Kazakh is agglutinative, but the text of standards is formal third-person prose, so the first and second person
 * possessives ({@code -ым}, {@code -ың}) are left out: they would collide with native word endings and the genitive.
 * Derivational suffixes ({@code -лық}, {@code -шы}) are kept: {@code жүйелік} (systemic) is another word than
 * {@code жүйе}. An ending is removed only when its vowel agrees with the last vowel of what remains (vowel harmony)
 * and what remains is long enough, so short words and words that merely end like a suffix survive.
 *
 * <p>{@link #folded()} is the same stemmer for Kazakh as {@link KazakhFolding} writes it, without the letters only
 * Kazakh has ({@code отинимдерди -> отиним}): its endings are folded the same way and vowel harmony is not checked,
 * since folding merges front and back vowels ({@code ә} and {@code а}).
 */
public final class KazakhStemmer {

    /** Case endings, including the forms that follow a third-person possessive ({@code -сін}, {@code -ына}). */
    private static final List<String> CASE_ENDINGS = longestFirst(
            "ның", "нің", "дың", "дің", "тың", "тің",              // genitive
            "ға", "ге", "қа", "ке",                              // dative
            "ны", "ні", "ды", "ді", "ты", "ті",                  // accusative
            "да", "де", "та", "те",                              // locative
            "дағы", "дегі", "тағы", "тегі",                      // locative adjective
            "дан", "ден", "тан", "тен", "нан", "нен",            // ablative
            "мен", "бен", "пен",                                 // instrumental
            "ын", "ін", "сын", "сін",                            // possessive + accusative
            "ына", "іне", "сына", "сіне",                        // possessive + dative
            "ында", "інде", "сында", "сінде",                    // possessive + locative
            "ындағы", "індегі", "сындағы", "сіндегі",            // possessive + locative adjective
            "ынан", "інен", "сынан", "сінен",                    // possessive + ablative
            "ымен", "імен", "сымен", "сімен");                   // possessive + instrumental

    /** Third-person possessive endings. */
    private static final List<String> POSSESSIVE_ENDINGS = longestFirst("ы", "і", "сы", "сі");

    /** Plural endings. */
    private static final List<String> PLURAL_ENDINGS = longestFirst("лар", "лер", "дар", "дер", "тар", "тер");

    /** The layers in the order they are removed from the end of a word. */
    private static final List<List<String>> LAYERS = List.of(CASE_ENDINGS, POSSESSIVE_ENDINGS, PLURAL_ENDINGS);

    /** What must remain after removing an ending. */
    private static final int MIN_STEM = 3;
    /** A bare {@code -ы}/{@code -і} is also the last letter of many stems ({@code желі}), so it needs a longer rest. */
    private static final int MIN_STEM_BEFORE_BARE_VOWEL = 4;

    /**
     * Stems that end like a suffix but are whole words ({@code дағды} "skill" is not {@code дағ} + accusative): once a
     * word is reduced to one of these, nothing more is removed.
     */
    private static final Set<String> WHOLE_STEMS = Set.of(
            "арнайы", "арқылы", "дағды", "желі", "жалпы", "жоғары", "туралы");

    private static final String VOICELESS = "кқпстфхцчшщ";
    private static final String VOICED = "гғб";
    private static final String VOICELESS_PAIRS = "кқп";
    private static final String BACK_VOWELS = "аоұыяё";
    private static final String FRONT_VOWELS = "әеөүіэ";

    private final List<List<String>> layers;
    private final Set<String> wholeStems;
    private final boolean harmony;

    /** The stemmer of Kazakh written with its own letters. */
    public KazakhStemmer() {
        this(LAYERS, WHOLE_STEMS, true);
    }

    private KazakhStemmer(List<List<String>> layers, Set<String> wholeStems, boolean harmony) {
        this.layers = layers;
        this.wholeStems = wholeStems;
        this.harmony = harmony;
    }

    /** The stemmer of folded Kazakh: words {@link KazakhFolding#fold folded} before they are stemmed. */
    public static KazakhStemmer folded() {
        List<List<String>> layers = LAYERS.stream()
                .map(layer -> longestFirst(layer.stream().map(KazakhFolding::fold).distinct().toArray(String[]::new)))
                .toList();
        Set<String> whole = WHOLE_STEMS.stream().map(KazakhFolding::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new KazakhStemmer(layers, whole, false);
    }

    /** Returns the stem of a lower-case word; words of other scripts come back unchanged. */
    public String stem(String word) {
        String stem = word;
        for (List<String> layer : layers) {
            if (wholeStems.contains(stem)) {
                break;
            }
            stem = strip(stem, layer);
        }
        return stem;
    }

    private String strip(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                String rest = word.substring(0, word.length() - ending.length());
                if (longEnough(rest, ending) && (!harmony || harmonious(rest, ending)) && fitsSound(rest, ending)) {
                    return voiceless(rest, ending);
                }
            }
        }
        return word;
    }

    /**
     * The ending's first sound must fit the sound it follows: {@code -ы/-і} forms follow a consonant, {@code -сы/-сі}
     * forms a vowel, {@code -т} forms a voiceless consonant (so {@code мақсаты} is {@code мақсат} + {@code ы}, not
     * {@code мақса} + {@code ты}).
     */
    private static boolean fitsSound(String rest, String ending) {
        char last = rest.charAt(rest.length() - 1);
        return switch (ending.charAt(0)) {
            case 'ы', 'і', 'и' -> !isVowel(last);
            case 'с' -> isVowel(last);
            case 'т' -> VOICELESS.indexOf(last) >= 0;
            default -> true;
        };
    }

    /** A final {@code к/қ/п} is voiced before a vowel ending ({@code бөлік -> бөлігі}); the stem gets it back. */
    private static String voiceless(String rest, String ending) {
        if (!isVowel(ending.charAt(0))) {
            return rest;
        }
        // folded, ғ is г and қ is к: "г" is found first and its pair is "к" either way
        int i = VOICED.indexOf(rest.charAt(rest.length() - 1));
        return i < 0 ? rest : rest.substring(0, rest.length() - 1) + VOICELESS_PAIRS.charAt(i);
    }

    private static boolean isVowel(char c) {
        return BACK_VOWELS.indexOf(c) >= 0 || FRONT_VOWELS.indexOf(c) >= 0 || "иую".indexOf(c) >= 0;
    }

    private static boolean longEnough(String rest, String ending) {
        int minimum = ending.length() == 1 ? MIN_STEM_BEFORE_BARE_VOWEL : MIN_STEM;
        return rest.length() >= minimum;
    }

    /** True when the ending's vowel and the last vowel of the rest are both back or both front (or the rest's is neutral). */
    private static boolean harmonious(String rest, String ending) {
        Boolean restBack = lastVowelIsBack(rest);
        Boolean endingBack = lastVowelIsBack(ending);
        return restBack == null || endingBack == null || restBack.equals(endingBack);
    }

    /** Back, front, or null when the last vowel is neutral ({@code и}, {@code у}, {@code ю}) or there is none. */
    private static Boolean lastVowelIsBack(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (BACK_VOWELS.indexOf(c) >= 0) {
                return true;
            }
            if (FRONT_VOWELS.indexOf(c) >= 0) {
                return false;
            }
            if ("иую".indexOf(c) >= 0) {
                return null;
            }
        }
        return null;
    }

    private static List<String> longestFirst(String... endings) {
        return Stream.of(endings).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
