package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.read.SourceLine;

/**
 * The fragments of a plain-text conversion: one per non-blank line. The conversion broke words that ran past a narrow
 * column ("Инструктировани" / "е клиентов"): the rest of such a word is moved back to the fragment it belongs to.
 */
final class ConvertedTextFragments implements Fragments {
    /** The rest of a broken word: lower-case letters up to a space (a slash word like "даленно/на" goes whole). */
    private static final Pattern WORD_REST = Pattern.compile("^\\p{Ll}[^\\s]*");

    @Override
    public List<Fragment> of(List<SourceLine> lines) {
        List<Fragment> fragments = new ArrayList<>();
        boolean broken = false;
        boolean afterBlank = false;
        for (SourceLine line : lines) {
            String text = line.flatText().strip();
            if (text.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (broken) {
                text = mendWord(fragments, text);
            }
            if (!text.isEmpty()) {
                // the conversion marks a paragraph by an indent or by the blank line before it
                fragments.add(new Fragment(text, line.number(), afterBlank || line.raw().startsWith(" ")));
            }
            broken = endsInsideWord(line.raw());
            afterBlank = false;
        }
        return fragments;
    }

    /**
     * Whether the conversion broke a word at the end of this line: it ends every line with a space, except where a
     * word ran past the column ("Инструктировани" / "е клиентов", "инфраструктуре/у" / "даленно/на").
     */
    private static boolean endsInsideWord(String raw) {
        return !raw.isEmpty() && Character.isLetter(raw.charAt(raw.length() - 1));
    }

    /** Moves the rest of a broken word from the start of {@code text} to the end of the previous fragment. */
    private static String mendWord(List<Fragment> fragments, String text) {
        Matcher m = WORD_REST.matcher(text);
        if (fragments.isEmpty() || !m.find()) {
            return text;
        }
        Fragment previous = fragments.remove(fragments.size() - 1);
        fragments.add(new Fragment(previous.text() + m.group(), previous.line(), previous.opensParagraph()));
        return text.substring(m.end()).strip();
    }
}
