package org.profstd.parse.rumintrud;

import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.QualificationLevels;
import org.profstd.parse.Codes;
import org.profstd.parse.Diagnostics;

/** Reads the codes and levels the template prints, normalising them and reporting what was irregular. */
final class ValueReader {
    /** A ТФ code as printed, Latin or Cyrillic letter: "A/01.3", "С/02.6", with an optional sublevel "A/01.3.1". */
    private static final Pattern PRINTED_FUNCTION_CODE = Pattern.compile("\\p{Lu}\\s*/\\s*\\d{2}\\.\\d(?:\\.\\d)?\\.?");
    private static final Pattern PRINTED_CARD_CODE = Pattern.compile("\\p{Lu}");
    private static final Pattern CARD_CODE = Pattern.compile("[A-Z]");
    private static final Pattern FUNCTION_CODE = Pattern.compile("[A-Z]/\\d{2}\\.\\d(?:\\.\\d)?");
    private static final Pattern LEVEL = Pattern.compile("\\d{1,2}");

    private final Diagnostics diagnostics;

    ValueReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static boolean isFunctionCode(String text) {
        return PRINTED_FUNCTION_CODE.matcher(text.strip()).matches();
    }

    static boolean isCardCode(String text) {
        return PRINTED_CARD_CODE.matcher(text.strip()).matches();
    }

    static boolean isLevel(String text) {
        return LEVEL.matcher(text.strip()).matches();
    }

    /** The ОТФ letter in Latin, or null when none is printed. */
    String cardCode(String printed, int line) {
        return code(printed, line, CARD_CODE, "the code of the generalized labor function");
    }

    /** The ТФ code with a Latin letter, or null when none is printed. */
    String functionCode(String printed, int line) {
        return code(printed, line, FUNCTION_CODE, "the code of the labor function");
    }

    /** A qualification level 1-9, or null when none is printed or it is out of range. */
    Integer level(String printed, int line) {
        String t = printed == null ? "" : printed.strip();
        if (t.isEmpty() || t.equals("-")) {
            return null;
        }
        if (!isLevel(t)) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line, "the qualification level \"" + t + "\" is not a number");
            return null;
        }
        int level = Integer.parseInt(t);
        if (!QualificationLevels.RU.contains(level)) {
            diagnostics.add(DiagnosticCode.LEVEL_OUT_OF_RANGE, line,
                    "qualification level " + level + " is outside " + QualificationLevels.RU);
            return null;
        }
        return level;
    }

    private String code(String printed, int line, Pattern form, String what) {
        String code = printed == null ? null : Codes.normalize(printed);
        if (code == null || code.equals("-")) {
            return null;
        }
        if (Codes.hadCyrillic(printed)) {
            diagnostics.add(DiagnosticCode.CODE_CYRILLIC, line,
                    what + " \"" + printed.strip() + "\" is printed with a Cyrillic letter; read as " + code);
        }
        if (!form.matcher(code).matches()) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line, what + " \"" + printed.strip() + "\" is not well formed");
        }
        return code;
    }
}
