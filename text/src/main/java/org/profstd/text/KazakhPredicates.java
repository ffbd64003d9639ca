package org.profstd.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun of a first-person Kazakh predicate, on {@link KazakhFolding folded} words: a CV says what its author is
 * with the noun and a personal ending, "Мен бағдарламашымын" (I am a programmer), "инженермін", "студентпін", and the
 * role is the noun ({@code бағдарламашы}, {@code инженер}). Only endings that no case or possessive ending and no
 * finite verb has in that place are read: {@code -мын/-мін} after an agent noun's {@code -шы/-ші} or after
 * {@code р л н ң з ж}, {@code -пын/-пін} after a voiceless consonant, {@code -бын/-бін} after {@code м н ң з ж}.
 * ({@code бөлімін}, "its department", is {@code бөлім} and the accusative; a verb's {@code іздеймін} is left to
 * {@link KazakhVerbs}.)
 */
public final class KazakhPredicates {
    private static final Pattern AGENT = Pattern.compile("^(.{2,}ш[ыи])м[ыи]н$");
    private static final Pattern AFTER_SONORANT = Pattern.compile("^(.{3,}[рлнңзж])м[ыи]н$");
    private static final Pattern AFTER_VOICELESS = Pattern.compile("^(.{3,}[кқптсшфх])п[ыи]н$");
    private static final Pattern AFTER_NASAL = Pattern.compile("^(.{3,}[мнңзж])б[ыи]н$");

    private KazakhPredicates() {
    }

    /** The noun of a folded first-person predicate, or the word itself when it does not end like one. */
    public static String noun(String folded) {
        for (Pattern predicate : new Pattern[] {AGENT, AFTER_SONORANT, AFTER_VOICELESS, AFTER_NASAL}) {
            Matcher m = predicate.matcher(folded);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return folded;
    }
}
