package org.profstd.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbal noun ({@code -у}) of a finite Kazakh verb, on {@link KazakhFolding folded} words. Vocabularies and
 * standards name work by the verbal noun ({@code қабылдау}, {@code баптау}, {@code жазу}); CVs and postings conjugate
 * it: the first person of a CV ({@code қабылдаймын}, {@code баптадым}, {@code жаздым}), the "we" and the polite "you"
 * of a posting ({@code іздейміз}, {@code әзірлейсіз}), the third person ({@code жауап береді}). Only endings no noun
 * has are read: a present-tense personal ending after its tense vowel or {@code й}, a past tense {@code -ды/-ты} with
 * the first person {@code -м} or the polite {@code -ңыз}. (The past "we", {@code -дық}, is left alone: it is also the
 * ending of {@code қауіпсіздік}.)
 */
public final class KazakhVerbs {
    /**
     * Present or future tense with a personal ending: жаб-а-мын, шеш-е-мін, қабылда-й-мын, ізде-й-міз, жаз-а-сыз,
     * бер-е-ді; оқ-и-мын, where the stem's ы and the й merge.
     */
    private static final Pattern PRESENT = Pattern.compile(
            "^(.{2,}?)(?:[ае]|(?<=[аеоуы])й|(?<=[^аеоуыиэюя])и)(?:м[ыи]н|м[ыи]з|с[ыи]з|д[ыи])$");
    /** Past tense with the first person or the polite second: жаз-ды-м, орнат-ты-м, басқар-ды-ңыз. */
    private static final Pattern PAST = Pattern.compile("^(.{2,}?)[дт][ыи](?:м|н[ыи]з)$");

    private KazakhVerbs() {
    }

    /** The verbal noun of a folded finite verb form, or the word itself when it does not end like one. */
    public static String verbalNoun(String folded) {
        Matcher past = PAST.matcher(folded);
        if (past.matches()) {
            return noun(past.group(1));
        }
        Matcher present = PRESENT.matcher(folded);
        if (present.matches()) {
            return noun(present.group(1));
        }
        return folded;
    }

    /** The verbal noun of a stem: -у after it, the stem's closing ы/і merging into it (оқы- : оқу). */
    private static String noun(String stem) {
        String base = stem.endsWith("ы") || stem.endsWith("и") ? stem.substring(0, stem.length() - 1) : stem;
        return base + "у";
    }
}
