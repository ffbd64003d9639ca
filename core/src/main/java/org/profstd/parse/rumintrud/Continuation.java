package org.profstd.parse.rumintrud;

import java.util.Set;

/**
 * Tells a row that continues the item above (broken by a page break) from a row that starts a new item. Items of
 * this template start with a capital letter; a row that starts in lower case continues, and so does a row after one
 * that ends on a hyphen or a word that cannot end a phrase ("со", "при").
 */
final class Continuation {
    /** Prepositions and conjunctions that never end an item. */
    private static final Set<String> HANGING = Set.of("а", "в", "во", "для", "до", "за", "и", "или", "из", "к", "ко",
            "на", "о", "об", "от", "по", "при", "с", "со", "у");

    private Continuation() {
    }

    static boolean continues(String previous, String next) {
        if (previous == null || previous.isBlank() || next.isBlank()) {
            return false;
        }
        char first = next.strip().charAt(0);
        if (Character.isLetter(first) && Character.isLowerCase(first)) {
            return true;
        }
        return endsOpen(previous.strip());
    }

    private static boolean endsOpen(String previous) {
        int n = previous.length();
        if (previous.charAt(n - 1) == '-' && n > 1 && Character.isLetter(previous.charAt(n - 2))) {
            return true;
        }
        int start = n;
        while (start > 0 && Character.isLetter(previous.charAt(start - 1))) {
            start--;
        }
        return start < n && (start == 0 || previous.charAt(start - 1) == ' ')
                && HANGING.contains(previous.substring(start).toLowerCase());
    }
}
