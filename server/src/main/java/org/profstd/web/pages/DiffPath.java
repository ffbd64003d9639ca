package org.profstd.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.web.PageContext;

/**
 * A diff path ({@code «Name», level 5 (3512-1-001) › function 2 «…» › skill 1 «…» › knowledge 3 (was 2)}, as the
 * differ writes it in English words) told in the page's language. Only the words the differ adds are translated:
 * names in «» stay as the document printed them.
 */
public final class DiffPath {
    private static final Pattern PART = Pattern.compile("^(function|skill|task|unit|abilities|knowledge|actions) (.*)$");
    private static final Pattern WAS = Pattern.compile("\\(was (\\d+)\\)$");
    private static final Pattern LEVEL = Pattern.compile(", level (\\d+)");

    private DiffPath() {
    }

    public static String localized(PageContext page, String path) {
        if (path == null) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split(" › ")) {
            segments.add(segment(page, segment));
        }
        return String.join(" › ", segments);
    }

    private static String segment(PageContext page, String segment) {
        int quoteEnd = segment.lastIndexOf('»');
        String names = quoteEnd < 0 ? "" : segment.substring(0, quoteEnd + 1);
        String words = quoteEnd < 0 ? segment : segment.substring(quoteEnd + 1);
        if (quoteEnd < 0 || !names.startsWith("«")) {
            Matcher part = PART.matcher(segment);
            if (part.matches()) {
                String rest = part.group(2);
                int firstQuote = rest.indexOf('«');
                String number = firstQuote < 0 ? rest : rest.substring(0, firstQuote);
                String name = firstQuote < 0 ? "" : rest.substring(firstQuote);
                return page.t("path." + part.group(1)) + " " + was(page, number.strip())
                        + (name.isEmpty() ? "" : " " + was(page, name));
            }
        }
        words = LEVEL.matcher(words).replaceAll(m -> ", " + page.t("card.level").toLowerCase() + " " + m.group(1));
        words = words.replace(", no level", ", " + page.t("path.noLevel")).replace("(no name)", page.t("path.noName"));
        return (names.isEmpty() && quoteEnd < 0 ? "" : names) + was(page, words);
    }

    private static String was(PageContext page, String text) {
        return WAS.matcher(text).replaceAll(m -> "(" + page.t("path.was", m.group(1)) + ")");
    }
}
