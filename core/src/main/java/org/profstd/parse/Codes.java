package org.profstd.parse;

/** Normalisation of codes as the documents print them. */
public final class Codes {
    private static final String CYRILLIC = "АВСЕНКМОРТХУавсенкмортху";
    private static final String LATIN = "ABCEHKMOPTXYabcehkmoptxy";

    private Codes() {
    }

    /**
     * Folds Cyrillic letters that look like Latin ones into Latin ({@code А/01.3} becomes {@code A/01.3}), removes
     * spaces and trailing dots.
     */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int k = CYRILLIC.indexOf(c);
            sb.append(k >= 0 ? LATIN.charAt(k) : c);
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '.' || sb.charAt(end - 1) == ',')) {
            end--;
        }
        sb.setLength(end);
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Whether normalising changed a letter from Cyrillic to Latin. */
    public static boolean hadCyrillic(String code) {
        if (code == null) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (CYRILLIC.indexOf(code.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
