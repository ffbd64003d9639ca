package org.profstd.read;

import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The level definitions of one Word list instance, and how a level's label is written: the level text ("%1.%2.")
 * with each placeholder replaced by that level's counter in that level's number format.
 */
final class ListLevels {
    /** Bullet texts that are printable dashes, kept as printed; any other bullet glyph becomes {@link ListNumbering#BULLET}. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** Word's "russianLower" letters: the alphabet without ё, й, ъ, ы, ь. */
    private static final String RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";

    private final CTLvl[] levels;
    private final Integer[] startOverrides;

    ListLevels(CTLvl[] levels, Integer[] startOverrides) {
        this.levels = levels;
        this.startOverrides = startOverrides;
    }

    /** The first number of a level: the instance's override, else the definition's start (0 when absent, as the format says). */
    int start(int level) {
        if (startOverrides[level] != null) {
            return startOverrides[level];
        }
        CTLvl lvl = levels[level];
        return lvl != null && lvl.isSetStart() && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 0;
    }

    /** The label of {@code level} given the counters of every level (a negative counter: that level not used yet). */
    String render(int level, int[] counters) {
        CTLvl lvl = levels[level];
        if (lvl == null) {
            return "";
        }
        String format = format(lvl);
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        if (format.equals("bullet")) {
            return DASHES.contains(text.strip()) ? text.strip() : ListNumbering.BULLET;
        }
        if (format.equals("none")) {
            return placeholderFree(text);
        }
        boolean legal = lvl.isSetIsLgl();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                int value = counters[referenced] >= 0 ? counters[referenced] : start(referenced);
                out.append(number(value, legal ? "decimal" : format(levels[referenced])));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String format(CTLvl lvl) {
        return lvl == null || !lvl.isSetNumFmt() || lvl.getNumFmt().getVal() == null
                ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static String placeholderFree(String text) {
        return text.replaceAll("%[1-9]", "").strip();
    }

    /** One counter in a Word number format; formats not listed here print as decimal numbers. */
    static String number(int value, String format) {
        return switch (format) {
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "lowerLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz");
            case "upperLetter" -> letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            case "russianLower" -> letters(value, RUSSIAN_LETTERS);
            case "russianUpper" -> letters(value, RUSSIAN_LETTERS.toUpperCase());
            case "lowerRoman" -> Roman.of(value).toLowerCase();
            case "upperRoman" -> Roman.of(value);
            default -> Integer.toString(value);
        };
    }

    /** Word's letter numbering: a..z, then aa..zz, then aaa... (the letter repeated, not a positional system). */
    private static String letters(int value, String alphabet) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        int n = alphabet.length();
        char letter = alphabet.charAt((value - 1) % n);
        return String.valueOf(letter).repeat((value - 1) / n + 1);
    }

    /** Roman numerals for list labels. */
    private static final class Roman {
        private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

        static String of(int value) {
            if (value <= 0 || value >= 4000) {
                return Integer.toString(value);
            }
            StringBuilder sb = new StringBuilder();
            int rest = value;
            for (int i = 0; i < VALUES.length; i++) {
                while (rest >= VALUES[i]) {
                    sb.append(SYMBOLS[i]);
                    rest -= VALUES[i];
                }
            }
            return sb.toString();
        }
    }
}
