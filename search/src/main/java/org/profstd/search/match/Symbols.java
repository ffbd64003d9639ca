package org.profstd.search.match;

import java.util.regex.Pattern;

/**
 * Names of languages the analyzers read as one letter: "C++" and "C#" are both the term "c", so a posting naming
 * C++ would be said to name C#. Each is followed by a spelled-out word of its own before analysis, in the vocabulary's
 * forms and in the texts alike; the letter stays, so nothing the text matched before is lost.
 */
final class Symbols {
    private static final Pattern CPP = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}])C\\+\\+");
    private static final Pattern SHARP = Pattern.compile("(?i)(?<![\\p{L}\\p{Nd}])([CF])#");

    private Symbols() {
    }

    static String spell(String text) {
        if (text.indexOf('+') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        String spelled = CPP.matcher(text).replaceAll("C++ cplusplus ");
        return SHARP.matcher(spelled).replaceAll("$1# $1sharp ");
    }
}
