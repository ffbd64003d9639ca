package org.profstd.parse.kz2023;

import java.util.Locale;
import java.util.Set;

/** The values "Возможность признания навыка" / "Дағдыны тану мүмкіндігі" takes in the documents. */
final class RecognitionValues {
    /** Values that can only be a recognition, wherever the conversion put them. */
    private static final Set<String> KNOWN = Set.of("не рекомендуется", "рекомендуется", "ұсынылмайды", "ұсынылады");
    /** Right after the label, a short text is its value ("-", "да", "нет"). */
    private static final int SHORT = 20;

    private RecognitionValues() {
    }

    static boolean isKnown(String value) {
        return KNOWN.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isShortValue(String value) {
        String v = value.strip();
        return !v.isEmpty() && v.length() <= SHORT && !Character.isDigit(v.charAt(0));
    }
}
