package org.profstd.parse.kz2023;

import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Codes;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;

/**
 * The code of a KZ standard ({@code J068}, {@code J63991041}): the letter of its OKED section and digits. A code
 * printed with a Cyrillic letter ({@code Ю069}) is read with the Latin letter: the look-alike letter if there is one,
 * else the standard's own OKED section letter.
 */
final class StandardCode {
    private StandardCode() {
    }

    static String normalize(String printed, String okedSection, Diagnostics diagnostics, int line) {
        if (printed == null) {
            return null;
        }
        String code = Names.clean(printed).replaceAll("\\s+", "");
        if (code.isEmpty()) {
            return null;
        }
        String read = Codes.normalize(code);
        if (read != null && isCyrillic(read.charAt(0)) && okedSection != null) {
            read = okedSection + read.substring(1);
        }
        if (read != null && !read.equals(code)) {
            diagnostics.add(DiagnosticCode.CODE_CYRILLIC, line,
                    "the standard code \"" + code + "\" is printed with a Cyrillic letter; read as \"" + read + "\"");
        }
        if (read == null || !read.matches("[A-Z]\\d+")) {
            diagnostics.add(DiagnosticCode.CODE_MALFORMED, line, "the standard code \"" + code
                    + "\" is not a section letter followed by digits");
        }
        return read;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
