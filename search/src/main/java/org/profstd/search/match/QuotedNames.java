package org.profstd.search.match;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in quotation marks a posting gives its employer or product («Kelis Cloud», «Жетісу Дата Сервис», "Steppe
 * Labs"): their words name a company, not the work, and "Cloud" or "Дата" in a company's name must not evidence cloud
 * or data cards. A quoted span is a name when it is a few words that each begin with a capital letter; a tool in
 * quotes («1С:Бухгалтерия», "Power BI") is kept.
 */
final class QuotedNames {
    private static final Pattern QUOTED = Pattern.compile("«([^«»]{1,60})»|“([^“”]{1,60})”|\"([^\"]{1,60})\"");
    private static final Pattern CAPITALISED_WORDS =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{Nd}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{Nd}'’&.-]*){0,4}");

    private QuotedNames() {
    }

    /** The sentence without the quoted names that are not tools ({@code isTool} says which spans are). */
    static String remove(String sentence, Predicate<String> isTool) {
        if (sentence.indexOf('«') < 0 && sentence.indexOf('"') < 0 && sentence.indexOf('“') < 0) {
            return sentence;
        }
        Matcher quoted = QUOTED.matcher(sentence);
        StringBuilder kept = new StringBuilder(sentence.length());
        while (quoted.find()) {
            String inside = quoted.group(1) != null ? quoted.group(1)
                    : quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
            boolean name = CAPITALISED_WORDS.matcher(inside.strip()).matches() && !isTool.test(inside);
            quoted.appendReplacement(kept, Matcher.quoteReplacement(name ? " " : quoted.group()));
        }
        quoted.appendTail(kept);
        return kept.toString();
    }
}
