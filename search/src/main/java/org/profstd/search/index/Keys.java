package org.profstd.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
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
        return typedWords(type, name(name));
    }

    /** {@link #typedName} of a name already reduced to its words by {@link #name}. */
    static String typedWords(EntryType type, String words) {
        return type.id() + ":" + digest(words);
    }

    /**
     * A short fixed-length stand-in for a long key (96 bits of its MD5): a key as long as a whole requirement made
     * the term dictionaries and sorted doc values of the keys cost as much to build as the text itself.
     */
    static String digest(String key) {
        byte[] hash = MD5.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, DIGEST_BYTES));
    }

    private static final int DIGEST_BYTES = 12;
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    });

    /** Whether a query may be a code: one run of characters without spaces that has a digit ({@code 06.024}, {@code 562}). */
    public static boolean mayBeCode(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= MAX_CODE && t.chars().noneMatch(Character::isWhitespace)
                && t.chars().anyMatch(Character::isDigit);
    }
}
