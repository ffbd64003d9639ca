package org.profstd.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reworded text cut into pieces, the words the other edition lacks flagged, so the diff page can strike them out
 * or underline them. Words compare as the differ reports them: lower case, ё as е, letters and digits only.
 */
public final class MarkedWords {
    private MarkedWords() {
    }

    /** One piece of text; {@code changed} when it is a word the other edition lacks. */
    public record Piece(String text, boolean changed) {
    }

    public static List<Piece> of(String text, List<String> changedWords) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null) {
            return pieces;
        }
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            String bare = token.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
            pieces.add(new Piece(token, !bare.isEmpty() && changedWords.contains(bare)));
        }
        return pieces;
    }
}
