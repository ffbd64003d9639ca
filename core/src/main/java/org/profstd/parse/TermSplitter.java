package org.profstd.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a glossary entry ("Информационная система (ИС) – definition") into its term and its definition, the same way
 * for every template family: at the first en or em dash followed by a space; else at one glued to the end of a word
 * ("система– definition"); else at the first hyphen with spaces around it, since a hyphen without them belongs to a
 * word of the term ("веб-сайт"). Each family decides where an entry begins and ends and how its parts are trimmed.
 */
public final class TermSplitter {
    private static final Pattern LONG_DASH = Pattern.compile("\\s*[–—]\\s+");
    private static final Pattern GLUED_DASH = Pattern.compile("(?<=\\p{L})[–—]\\s*");
    private static final Pattern HYPHEN = Pattern.compile("\\s+-\\s+");

    /** A term and its definition as the entry prints them, untrimmed. */
    public record Split(String term, String definition) {
    }

    private TermSplitter() {
    }

    /** The entry split at its dash, or null when it has none. */
    public static Split split(String entry) {
        for (Pattern dash : new Pattern[] {LONG_DASH, GLUED_DASH, HYPHEN}) {
            Matcher m = dash.matcher(entry);
            if (m.find()) {
                return new Split(entry.substring(0, m.start()), entry.substring(m.end()));
            }
        }
        return null;
    }
}
