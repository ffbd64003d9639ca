package org.profstd.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;

/**
 * The keys that identify a standard across its editions: its jurisdiction and code, and its jurisdiction, language
 * and normalised title (a standard printed without a code, like many KZ 2017 standards, is found by its title). A
 * standard with neither is identified by the document and line it was read from, so it is stored but never merged
 * with another by guesswork.
 */
record StandardIdentity(Jurisdiction jurisdiction, String codeKey, String titleKey) {

    static StandardIdentity of(Standard standard, String documentSha256) {
        Jurisdiction jurisdiction = standard.jurisdiction() == null ? Jurisdiction.KZ : standard.jurisdiction();
        String code = blankToNull(standard.code());
        String title = normalisedTitle(standard.title());
        String codeKey = code == null ? null : jurisdiction + " code " + code.toUpperCase(Locale.ROOT);
        String titleKey = title == null ? null : jurisdiction + " " + standard.language() + " title " + title;
        if (codeKey == null && titleKey == null) {
            titleKey = jurisdiction + " " + standard.language() + " untitled " + documentSha256 + "#"
                    + (standard.span() == null ? 0 : standard.span().startLine());
        }
        return new StandardIdentity(jurisdiction, codeKey, titleKey);
    }

    /** Its keys, the code first: the code is the stronger identity. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(2);
        if (codeKey != null) {
            keys.add(codeKey);
        }
        if (titleKey != null) {
            keys.add(titleKey);
        }
        return keys;
    }

    /** Lower case, ё as е, no quotes, single spaces, no final dot: how two printings of one title compare. */
    static String normalisedTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\"«»“”„']", " ")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("[.\\s]+$", "");
        return t.isEmpty() ? null : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
