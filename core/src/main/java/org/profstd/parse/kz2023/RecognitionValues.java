package org.profstd.parse.kz2023;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values "Возможность признания навыка" / "Дағдыны тану мүмкіндігі" takes in the documents. */
final class RecognitionValues {
    /** Values that can only be a recognition, wherever the conversion put them. */
    private static final Set<String> KNOWN = Set.of("не рекомендуется", "рекомендуется", "ұсынылмайды", "ұсынылады");
    /** Right after the label, a short text is its value ("-", "да", "нет"). */
    private static final int SHORT = 20;
    private static final Pattern TRAILING = Pattern.compile(
            "(?iu)\\s+((?:не\\s+)?рекомендуется|ұсынылмайды|ұсынылады)\\s*$");

    private RecognitionValues() {
    }

    /** "… моделями  Не рекомендуется": an item and the recognition value that the conversion ran into it. */
    static String[] splitTrailing(String text) {
        Matcher m = TRAILING.matcher(text);
        if (m.find() && m.start() > 0) {
            return new String[] {text.substring(0, m.start()), m.group(1)};
        }
        return new String[] {text, null};
    }

    static boolean isKnown(String value) {
        return KNOWN.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isShortValue(String value) {
        String v = value.strip();
        return !v.isEmpty() && v.length() <= SHORT && !Character.isDigit(v.charAt(0));
    }
}
