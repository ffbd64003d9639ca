package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what conversion did to the text of one cell: HTML fragments become paragraphs, entities are decoded,
 * markdown emphasis and escapes go, letter-spaced words ("А н а л и з") are joined, white space is folded.
 */
final class TextCleaner {
    /** Tags that end a paragraph inside a cell. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|li|ol|ul|br|div|tr|td|th|h[1-6])\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("(?i)</?[a-z][a-z0-9]*\\b[^>]*>");
    /** Three or more single letters separated by single spaces, standing as a word of their own. */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}){2,}(?![\\p{L}\\p{N}])");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private TextCleaner() {
    }

    /** The paragraphs of a raw cell, cleaned; empty paragraphs are dropped. */
    static List<String> paragraphs(String raw) {
        if (raw.indexOf('<') < 0) {
            String clean = clean(raw);
            return clean.isEmpty() ? List.of() : List.of(clean);
        }
        List<String> out = new ArrayList<>();
        for (String part : BLOCK_TAG.split(raw, -1)) {
            String clean = clean(part);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }

    /** Cleans one fragment of text that holds no paragraph boundary. */
    static String clean(String text) {
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = ANY_TAG.matcher(s).replaceAll(" ");
        }
        s = Entities.decode(s, false);
        s = s.replace("\u00AD", "").replace("\u200B", "").replace("\uFEFF", "");
        if (s.indexOf('[') >= 0) {
            s = MD_LINK.matcher(s).replaceAll("$1");
        }
        s = s.replace("**", "").replace("__", "");
        if (s.indexOf('\\') >= 0) {
            s = MD_ESCAPE.matcher(s).replaceAll("$1");
        }
        s = foldSpaces(s);
        s = stripEmphasis(s);
        return mayBeLetterSpaced(s) ? joinLetterSpaced(s) : s;
    }

    /** Folds every run of white space (no-break spaces included) into one space and strips the ends. */
    private static String foldSpaces(String s) {
        StringBuilder sb = null;
        int n = s.length();
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (sb == null) {
                boolean ordinary = !space || (c == ' ' && i > 0 && i < n - 1 && s.charAt(i + 1) != ' ');
                if (ordinary) {
                    continue;
                }
                sb = new StringBuilder(n);
                sb.append(s, 0, i);
            }
            if (space) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Cheap pre-check for {@link #LETTER_SPACED}: two single letters in a row, each followed by a space. */
    private static boolean mayBeLetterSpaced(String s) {
        int n = s.length();
        for (int i = 0; i + 3 < n; i++) {
            if (Character.isLetter(s.charAt(i)) && s.charAt(i + 1) == ' ' && Character.isLetter(s.charAt(i + 2))
                    && s.charAt(i + 3) == ' ' && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLetterSpaced(String text) {
        return LETTER_SPACED.matcher(text).find();
    }

    private static String joinLetterSpaced(String s) {
        Matcher m = LETTER_SPACED.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replace(" ", "")));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }

    /** Markdown italics around a whole fragment: {@code *Ж. Мадиев*}. */
    private static String stripEmphasis(String s) {
        if (s.length() >= 2 && s.startsWith("*") && s.endsWith("*")) {
            return s.substring(1, s.length() - 1).strip();
        }
        if (s.equals("*")) {
            return "";
        }
        return s;
    }
}
