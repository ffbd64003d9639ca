package org.profstd.search.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kazakh written in Latin letters, rewritten in Cyrillic so that the Kazakh readings find its words. Three spellings
 * are met: the 2018 alphabet with acutes ({@code á ǵ ó ú ý ń}, {@code ı} for и/й, {@code sh}, {@code ch}), the 2021
 * one ({@code ä ğ ö ü ū ñ ş ç}, {@code ı} for і, {@code i} for и/й) and plain ASCII as people type it
 * ({@code qoldau}, {@code bagdarlamashy}, {@code zh}). A piece of text (a sentence, a title line) is rewritten only
 * when its words say Kazakh (Kazakh-only letters, Kazakh endings, frequent Kazakh words) more than English; then its
 * Kazakh words are rewritten and names, acronyms and English words stay Latin ("Kubernetes", "Service Desk", "SLA").
 *
 * <p>ASCII cannot tell а from ә, о from ө, у from ұ and ү, г from ғ: those letters are guessed from the word's vowels
 * (е and і make them front, ы, а or қ back) and otherwise left as the plain letter, which is how Kazakh typed without
 * its letters reads, and the folded Kazakh reading accepts both. Everything is one pass over the characters.
 */
final class KazakhLatin {
    /** Letters only the Kazakh Latin alphabets use. */
    private static final String KAZAKH_LETTERS = "áǵóúýńäğöüūşçñı";
    private static final String ALPHABET_2018 = "áǵóúýń";
    private static final String ALPHABET_2021 = "äğöüūşçñ";
    private static final String VOWELS = "aeiouyıáóúýäöüū";
    private static final String CYRILLIC_VOWELS = "аәеёиіоөуұүыэюя";
    /** Words frequent in Kazakh postings, written in ASCII ({@link #ascii}). */
    private static final Set<String> FREQUENT = Set.of("jane", "zhane", "men", "pen", "ben", "boiynsha", "boyynsha",
            "ushin", "bilu", "jumys", "zhumys", "tajiribe", "tazhiribe", "maman", "mamany", "qyzmet", "kyzmet",
            "bagdarlama", "juie", "zhuie", "derekter", "qoldau", "koldau", "taldau", "jobalau", "basqaru", "azirleu",
            "kerek", "qajet", "bar", "joq", "emes", "jyl", "jyldan", "arqyly", "nemese", "mindetteri", "talaptar",
            "bilim", "bilimi", "izdeidi", "turaly", "sondai", "biz", "sizdi", "salasynda", "ornatu", "jurgizu",
            "tekseru", "tuiindeme", "tehnikalyq", "aqparattyq", "zhauapty", "jauapty");
    /** English words that tell an English sentence (or an English phrase inside a Kazakh one). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "or", "of", "for", "with", "to", "in", "on", "at",
            "a", "an", "is", "are", "be", "we", "you", "our", "your", "will", "as", "by", "from", "this", "that", "it",
            "experience", "skills", "team", "work", "knowledge", "years", "year", "required", "requirements",
            "responsibilities", "support", "senior", "junior", "lead", "engineer", "developer", "manager", "remote",
            "data", "system", "systems", "service", "desk", "server", "cloud", "using", "good", "strong", "open",
            "source", "office", "plus", "level", "more", "than", "not", "all", "can", "us", "join", "about");
    /** Endings of Kazakh cases, plurals, possessives and word-forming suffixes, longest first within a length. */
    private static final List<String> ENDINGS = List.of("ymyz", "imiz", "myz", "miz", "lar", "ler", "dar", "der",
            "tar", "ter", "nyn", "nin", "dyn", "din", "tyn", "tin", "syn", "sin", "lyq", "lik", "dyq", "dik", "tyq",
            "tik", "shy", "shi", "dan", "den", "tan", "ten", "nan", "nen", "dy", "di", "ga", "qa", "ny", "ni", "sy",
            "si", "au", "eu", "iu", "ğa", "nyñ", "niñ", "nyń", "niń");
    private static final int MIN_STEM_BEFORE_ENDING = 3;
    /** The case endings after a verbal noun's u, which keep it у ("etudi", "koshiruge"). */
    private static final Set<String> CASE_AFTER_U = Set.of("dy", "di", "dan", "den", "ga", "ge", "ny", "ni", "men",
            "da", "de", "ğa");
    /** The beginnings of the endings that follow a loan's -ия. */
    private static final List<String> AFTER_IA = List.of("ny", "ly", "sy", "ga", "ǵa", "ğa", "da", "la", "men", "ń",
            "ñ");
    /** A genitive typed with ng: "bolimining", "jobanyng"; English "-ing" after other letters stays. */
    private static final Pattern GENITIVE_NG = Pattern.compile("(?:[aeiouy]ning|[nd]yng|[aeiou]ding)$");
    /** A short piece (a title, a heading) is Kazakh on one Kazakh word and no English one. */
    private static final int SHORT_PIECE_WORDS = 4;

    private enum Alphabet { A2018, A2021, ASCII }

    private enum Harmony { FRONT, BACK, MIXED }

    private KazakhLatin() {
    }

    /** The text with its Kazakh words in Cyrillic when it is Kazakh in Latin letters, otherwise the text itself. */
    static String toCyrillic(String text) {
        if (text == null || !hasLatinLetter(text)) {
            return text;
        }
        List<int[]> words = latinWords(text);
        if (!saysKazakh(text, words)) {
            return text;
        }
        Alphabet alphabet = alphabetOf(lower(text));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] w : words) {
            out.append(text, at, w[0]);
            String word = text.substring(w[0], w[1]);
            out.append(rewrites(word) ? withCase(word, transliterate(lower(word), alphabet)) : word);
            at = w[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /** More Kazakh words than English ones, or one Kazakh word alone in a short piece (a title, a heading). */
    private static boolean saysKazakh(String text, List<int[]> words) {
        int kazakh = 0;
        int english = 0;
        for (int[] w : words) {
            String word = text.substring(w[0], w[1]);
            String lower = lower(word);
            if (ENGLISH.contains(lower) && !isUpperCase(word)
                    || isLowerCase(word) && looksEnglish(lower) && !hasKazakhLetter(lower)) {
                english++;
            } else if (isKazakh(word, lower)) {
                kazakh++;
            }
        }
        return kazakh >= 2 && kazakh > english
                || kazakh == 1 && english == 0 && words.size() <= SHORT_PIECE_WORDS;
    }

    /** Whether a word of a Kazakh piece is Kazakh: acronyms, names and English words stay as written. */
    private static boolean rewrites(String word) {
        if ("AT".equals(word)) {
            return true; // ақпараттық технологиялар, the Kazakh IT
        }
        if (word.length() < 2 || isUpperCase(word)) {
            return false;
        }
        String lower = lower(word);
        if (ENGLISH.contains(lower)) {
            return false;
        }
        if (!isLowerCase(word)) {
            return Character.isUpperCase(word.charAt(0)) && isLowerCase(word.substring(1)) && isKazakh(word, lower);
        }
        return isKazakh(word, lower) || !looksEnglish(lower);
    }

    /**
     * Kazakh by its letters, a Kazakh ending or as a frequent Kazakh word; a lower-case word also by a {@code q} that
     * English would follow by {@code u} and a vowel, or by {@code zh}. A capitalised word needs the stronger signs:
     * "Qdrant" is a name.
     */
    private static boolean isKazakh(String word, String lower) {
        if (hasKazakhLetter(lower) || FREQUENT.contains(ascii(lower))) {
            return true;
        }
        if (looksEnglish(lower)) {
            return false;
        }
        for (String ending : ENDINGS) {
            if (lower.length() >= ending.length() + MIN_STEM_BEFORE_ENDING && lower.endsWith(ending)) {
                return true;
            }
        }
        return isLowerCase(word) && (lower.contains("zh") || hasKazakhQ(lower));
    }

    private static boolean hasKazakhQ(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) == 'q') {
                boolean englishQu = i + 2 < lower.length() && lower.charAt(i + 1) == 'u'
                        && "aeio".indexOf(lower.charAt(i + 2)) >= 0;
                if (!englishQu) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters and pairs Kazakh Latin does not write: c outside ch, w, x, th, ck, ph, ee, oo, ou, ea, -tion, -ment. */
    private static boolean looksEnglish(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'w' || c == 'x' || c == 'c' && (i + 1 == lower.length() || lower.charAt(i + 1) != 'h')) {
                return true;
            }
        }
        return lower.contains("th") || lower.contains("ck") || lower.contains("ph") || lower.contains("ee")
                || lower.contains("oo") || lower.contains("ou") || lower.contains("ea") || lower.endsWith("tion")
                || lower.endsWith("ment");
    }

    private static Alphabet alphabetOf(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (ALPHABET_2018.indexOf(c) >= 0) {
                return Alphabet.A2018;
            }
            if (ALPHABET_2021.indexOf(c) >= 0) {
                return Alphabet.A2021;
            }
        }
        // a dotless ı alone: the 2018 alphabet writes и and й with it, and its texts are the more frequent
        return lower.indexOf('ı') >= 0 ? Alphabet.A2018 : Alphabet.ASCII;
    }

    /** One lower-case Latin word in Cyrillic. */
    private static String transliterate(String word, Alphabet alphabet) {
        return new Word(word, alphabet).rewrite();
    }

    /** One word being rewritten, letter by letter, with what the letters before it decided. */
    private static final class Word {
        private final String word;
        private final Alphabet alphabet;
        private final boolean ascii;
        /** The word's vowels: front when е and і only, back when it has а, ы or қ, else mixed. */
        private final Harmony harmony;
        /** Per letter, the harmony of the nearest sure vowel after it (before it when none follows). */
        private final Harmony[] local;
        private final StringBuilder out;
        /** Whether the last letter written is a vowel: the у of "taldau" and a й are not. */
        private boolean afterVowel;
        /** Whether a vowel was written: ө, ү and ұ of ASCII are guessed in the first syllable only. */
        private boolean vowelSeen;

        Word(String word, Alphabet alphabet) {
            this.word = word;
            this.alphabet = alphabet;
            this.ascii = alphabet == Alphabet.ASCII;
            this.harmony = harmonyOf(word);
            this.local = ascii ? localHarmony(word) : null;
            this.out = new StringBuilder(word.length() + 2);
        }

        String rewrite() {
            int n = word.length();
            int i = 0;
            while (i < n) {
                char c = word.charAt(i);
                char next = i + 1 < n ? word.charAt(i + 1) : 0;
                char after = i + 2 < n ? word.charAt(i + 2) : 0;
                char digraph = digraph(c, next);
                if (digraph != 0) {
                    write(digraph, CYRILLIC_VOWELS.indexOf(digraph) >= 0);
                    i += 2;
                } else if (i == 0 && c == 't' && next == 's') {
                    write('ц', false);
                    i += 2;
                } else if ((c == 'i' || c == 'ı') && (next == 'i' || next == 'ı' || next == 'y') && after == 'a') {
                    // я is ıa in 2018 and iia or iya as people type it: "strategiiasy", "kompaniyasy"
                    out.append('и');
                    write('я', true);
                    i += 3;
                } else if (c == 'ı' && next == 'a' || c == 'i' && next == 'a' && i > 0 && endsLikeIa(i + 2)) {
                    // я is ıa in 2018; an ia typed before an ending is the ия of a loan ("injeneriasy"), not "dia"
                    if (!afterVowel && i > 0) {
                        out.append('и');
                    }
                    write('я', true);
                    i += 2;
                } else if (c == 'i' || c == 'ı') {
                    write(iLetter(c, i, next), !afterVowel);
                    i++;
                } else {
                    char letter = letter(c, i, next);
                    boolean consonantU = letter == 'у' && (c == 'ý' || c == 'w' || afterVowel);
                    write(letter, CYRILLIC_VOWELS.indexOf(letter) >= 0 && !consonantU);
                    i++;
                }
            }
            String written = out.toString();
            // the genitive typed "-nyng", "-ning": ң, where English "-ing" stays ("мониторинг")
            return ascii && GENITIVE_NG.matcher(word).find() ? written.substring(0, written.length() - 2) + "ң"
                    : written;
        }

        private boolean endsLikeIa(int rest) {
            if (rest == word.length()) {
                return true;
            }
            for (String ending : AFTER_IA) {
                if (word.startsWith(ending, rest)) {
                    return true;
                }
            }
            return false;
        }

        private void write(char letter, boolean isVowel) {
            out.append(letter);
            afterVowel = isVowel;
            vowelSeen |= isVowel;
        }

        /** The i and ı of each alphabet: a vowel before it makes it й ("juie", "keiin", "úıi"). */
        private char iLetter(char c, int i, char next) {
            if (afterVowel) {
                return 'й';
            }
            // "info-", "infra-", "inj-" are loans with и
            boolean loan = i == 0 && next == 'n';
            return switch (alphabet) {
                case A2018 -> c == 'ı' || loan ? 'и' : 'і';
                case A2021 -> c == 'ı' ? 'і' : 'и';
                // before a vowel i is и ("tiimdi", "tiis")
                case ASCII -> isVowel(next) || loan ? 'и' : 'і';
            };
        }

        private char letter(char c, int i, char next) {
            return switch (c) {
                case 'a' -> 'а';
                case 'á', 'ä' -> 'ә';
                case 'b' -> 'б';
                case 'c' -> 'ц';
                case 'd' -> 'д';
                case 'e' -> 'е';
                case 'f' -> 'ф';
                case 'g' -> asciiG(i, next);
                case 'ǵ', 'ğ' -> 'ғ';
                case 'h', 'x' -> 'х';
                case 'j' -> 'ж';
                case 'k' -> 'к';
                case 'l' -> 'л';
                case 'm' -> 'м';
                case 'n' -> 'н';
                case 'ń', 'ñ' -> 'ң';
                case 'o' -> ascii && !vowelSeen && harmony == Harmony.FRONT ? 'ө' : 'о';
                case 'ó', 'ö' -> 'ө';
                case 'p' -> 'п';
                case 'q' -> 'қ';
                case 'r' -> 'р';
                case 's' -> 'с';
                case 'ş' -> 'ш';
                case 'ç' -> 'ч';
                case 't' -> 'т';
                case 'u' -> alphabet == Alphabet.A2018 ? 'ұ' : ascii ? asciiU(i, next) : 'у';
                case 'ú', 'ü' -> 'ү';
                case 'ū' -> 'ұ';
                case 'ý', 'w' -> 'у';
                case 'v' -> 'в';
                // y after a vowel and before a consonant is й in ASCII ("dayyn", "aymaq")
                case 'y' -> ascii && afterVowel && (next == 'y' || !isVowel(next)) ? 'й' : 'ы';
                case 'z' -> 'з';
                default -> c;
            };
        }

        /** The g of ASCII: ғ after а, о, ұ or ы where back vowels follow ("bagdarlama", "ortalygyn"), else г. */
        private char asciiG(int i, char next) {
            char before = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            return ascii && "аоұы".indexOf(before) >= 0 && local[i] == Harmony.BACK && next != 'r' ? 'ғ' : 'г';
        }

        /**
         * The u of ASCII: у beside a vowel, at the end, in "-ushy" and before a case ending ("qoldau", "uaqyt",
         * "qoldanushy", "etudi"), else ү or ұ in the first syllable by the word's vowels.
         */
        private char asciiU(int i, char next) {
            if (afterVowel || next == 0 || i == 0 && isVowel(next) || word.startsWith("sh", i + 1)
                    || i >= 2 && CASE_AFTER_U.contains(word.substring(i + 1))) {
                return 'у';
            }
            if (vowelSeen) {
                return 'у';
            }
            return harmony == Harmony.FRONT ? 'ү' : harmony == Harmony.BACK ? 'ұ' : 'у';
        }
    }

    private static Harmony harmonyOf(String word) {
        boolean front = false;
        boolean back = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            front |= c == 'e' || c == 'i';
            back |= c == 'a' || c == 'y' || c == 'q';
        }
        return back ? Harmony.BACK : front ? Harmony.FRONT : Harmony.MIXED;
    }

    /**
     * Per letter, the harmony of the nearest sure vowel after it (е and і front, ы and а back), or before it when none
     * follows: "bagdarlama" is back at its g, "logikalyq" front. Two passes, so a word costs its length.
     */
    private static Harmony[] localHarmony(String word) {
        int n = word.length();
        Harmony[] harmony = new Harmony[n];
        Harmony seen = Harmony.MIXED;
        for (int i = n - 1; i >= 0; i--) {
            harmony[i] = seen;
            seen = sure(word.charAt(i), seen);
        }
        seen = Harmony.MIXED;
        for (int i = 0; i < n; i++) {
            if (harmony[i] == Harmony.MIXED) {
                harmony[i] = seen;
            }
            seen = sure(word.charAt(i), seen);
        }
        return harmony;
    }

    private static Harmony sure(char c, Harmony otherwise) {
        return c == 'e' || c == 'i' ? Harmony.FRONT : c == 'y' || c == 'a' ? Harmony.BACK : otherwise;
    }

    /** The letter two Latin letters write together, or 0. */
    private static char digraph(char c, char next) {
        return switch (c) {
            case 's' -> next == 'h' ? 'ш' : 0;
            case 'c' -> next == 'h' ? 'ч' : 0;
            case 'z' -> next == 'h' ? 'ж' : 0;
            case 'k' -> next == 'h' ? 'х' : 0;
            case 'g' -> next == 'h' ? 'ғ' : 0;
            case 'y' -> next == 'a' ? 'я' : next == 'u' ? 'ю' : 0;
            default -> 0;
        };
    }

    private static boolean isVowel(char c) {
        return c != 0 && VOWELS.indexOf(c) >= 0;
    }

    /** The word's letters as plain ASCII, to look it up among the frequent words whatever alphabet wrote it. */
    private static String ascii(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'á', 'ä' -> out.append('a');
                case 'ó', 'ö' -> out.append('o');
                case 'ú', 'ü', 'ū', 'ý' -> out.append('u');
                case 'ǵ', 'ğ' -> out.append('g');
                case 'ń', 'ñ' -> out.append('n');
                case 'ı' -> out.append('i');
                case 'ş' -> out.append("sh");
                case 'ç' -> out.append("ch");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String withCase(String original, String cyrillic) {
        if (original.length() > 1 && isUpperCase(original)) {
            return cyrillic.toUpperCase(java.util.Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0)) && !cyrillic.isEmpty()) {
            return Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1);
        }
        return cyrillic;
    }

    /** The runs of letters that are all Latin: a Latin letter inside a Cyrillic word ("отiнiм") is no Latin word. */
    private static List<int[]> latinWords(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin = true;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                latin &= isLatin(text.charAt(i));
                i++;
            }
            if (latin) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    private static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLatin(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                : Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean hasKazakhLetter(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(Character.toLowerCase(word.charAt(i)));
        }
        return out.toString();
    }

    private static boolean isLowerCase(String word) {
        return word.chars().noneMatch(Character::isUpperCase);
    }

    private static boolean isUpperCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }
}
