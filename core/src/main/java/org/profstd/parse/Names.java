package org.profstd.parse;

import java.util.Locale;

/**
 * Clean-up and comparison of names (of standards, cards, functions, tasks, skills) as the documents print them: every
 * family cleans a printed name the same way.
 */
public final class Names {
    private Names() {
    }

    /** Drops quotes around the name, a closing colon or period, spaces inside brackets left by joined fragments. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")").replaceAll("\\s+", " ");
        t = t.replaceAll("[:;.,\\s]+$", "");
        t = t.replaceAll("^[\"«“\\s]+", "").replaceAll("[\"»”\\s]+$", "");
        return t.replaceAll("[:;.,\\s]+$", "").strip();
    }

    /** A form for comparing two printings of one name: case, spacing, quotes and final punctuation do not count. */
    public static String key(String name) {
        return clean(name).toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\"«»“”]", "")
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    /** Letters and digits only, lower-cased: names so compared ignore how the conversion broke and spaced them. */
    public static String compact(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
