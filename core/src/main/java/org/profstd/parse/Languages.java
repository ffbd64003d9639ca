package org.profstd.parse;

import java.util.List;
import org.profstd.model.Language;
import org.profstd.model.Nullable;
import org.profstd.read.SourceLine;

/** Tells Kazakh from Russian text by the letters only Kazakh uses. */
public final class Languages {
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private Languages() {
    }

    /** The language of the lines; null when they hold no Cyrillic letter at all. */
    public static @Nullable Language detect(List<SourceLine> lines) {
        long cyrillic = 0;
        long kazakh = 0;
        for (SourceLine line : lines) {
            String t = line.raw();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                    kazakh++;
                    cyrillic++;
                } else if (c >= '\u0400' && c <= '\u04FF') {
                    cyrillic++;
                }
            }
        }
        if (cyrillic == 0) {
            return null;
        }
        // Kazakh text has several percent of its own letters; a Russian text quoting a Kazakh name has far fewer.
        return kazakh * 100 >= cyrillic ? Language.KK : Language.RU;
    }

    public static boolean isKazakh(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
