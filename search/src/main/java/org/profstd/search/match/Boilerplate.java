package org.profstd.search.match;

import java.util.regex.Pattern;

/**
 * The sections of a posting about the employer, what it offers and how to apply ("О компании", "What we offer",
 * "Біз ұсынамыз", ...): they say nothing of the work, and their words (a clinic's computers, "a path to system
 * administration") must not evidence a card. A section runs from its heading, a short line of its own, to the next
 * heading.
 */
final class Boilerplate {
    private static final Pattern HEADING_OF_BOILERPLATE = Pattern.compile("(?iu)^(?:о компании|о нас|кто мы"
            + "|(?:что )?мы предлагаем|условия(?: работы)?|что мы даём|преимущества|бонусы|льготы|как откликнуться"
            + "|about us|about the company|who we are|(?:what )?we offer|benefits|perks|how to apply|why join us"
            + "|компания туралы|біз туралы|біз ұсынамыз|біз не ұсынамыз|жағдайлар|қалай өтініш беруге болады)$");
    /** A heading is a short line without a sentence's end, not a list item. */
    private static final int MAX_HEADING = 40;
    private static final Pattern DECORATION = Pattern.compile("^[#*\\s]+|[*:\\s]+$");
    private static final Pattern NOT_A_HEADING = Pattern.compile("^[-–•*·▪●\\d]|[.;,!?]$");

    private Boilerplate() {
    }

    /** The text with the lines of its boilerplate sections blanked, every other line where it was. */
    static String blank(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        boolean inside = false;
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = DECORATION.matcher(lines[i].strip()).replaceAll("");
            if (isHeading(line)) {
                inside = HEADING_OF_BOILERPLATE.matcher(line).matches();
            }
            kept.append(inside ? "" : lines[i]);
            if (i < lines.length - 1) {
                kept.append('\n');
            }
        }
        return kept.toString();
    }

    private static boolean isHeading(String line) {
        return !line.isEmpty() && line.length() <= MAX_HEADING && !NOT_A_HEADING.matcher(line).find();
    }
}
