package org.profstd.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML/XML character references left in text by a conversion or an export that escaped twice ({@code &nbsp;},
 * {@code &#13;}, {@code &#x2013;}), decoded for every reader from one table.
 */
public final class Entities {
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "laquo", "«", "raquo", "»", "ndash", "–", "mdash", "—");

    private Entities() {
    }

    /**
     * Decodes the references of a text; an unknown or invalid one stays as printed.
     *
     * @param keepLineBreaks whether {@code &#13;} and {@code &#10;} stay line breaks (a registry export marks the
     *                       author's line breaks with them) or become spaces (inside one line of a conversion)
     */
    public static String decode(String s, boolean keepLineBreaks) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group(), keepLineBreaks)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name, String whole, boolean keepLineBreaks) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                int cp = Integer.parseInt(name.substring(1));
                return !keepLineBreaks && (cp == 13 || cp == 10) ? " " : new String(Character.toChars(cp));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), whole);
    }
}
