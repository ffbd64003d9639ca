package org.profstd.search.index;

import java.util.Locale;
import org.profstd.parse.Codes;
import org.profstd.text.Words;

/**
 * The exact forms under which an entry is found by its code or its name, the same for what is indexed and what is
 * typed: a code without spaces or trailing dots, Cyrillic look-alike letters as Latin, upper case ({@code а/01.3} is
 * {@code A/01.3}); a name as its words, lower case with ё as е, punctuation dropped.
 */
public final class Keys {
    private static final int MAX_CODE = 24;

    private Keys() {
    }

    /** The key of a code; null for null or blank. */
    public static String code(String code) {
        String normalized = Codes.normalize(code);
        return normalized == null ? null : normalized.toUpperCase(Locale.ROOT);
    }

    /** The key of a name or title; empty when it has no word. */
    public static String name(String name) {
        return name == null ? "" : String.join(" ", Words.tokens(name));
    }

    /** The key of a name as one entry type holds it: the same words name a standard and a card. */
    public static String typedName(EntryType type, String name) {
        return type.id() + ":" + name(name);
    }

    /** Whether a query may be a code: one run of characters without spaces that has a digit ({@code 06.024}, {@code 562}). */
    public static boolean mayBeCode(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_CODE && t.chars().noneMatch(Character::isWhitespace)
                && t.chars().anyMatch(Character::isDigit);
    }
}
