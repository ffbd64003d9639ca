package org.profstd.web.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.web.PageContext;

/**
 * A diagnostic's own message (the readers write it in English, quoting the document) told in the page's language:
 * each form of message the readers write is a pattern here and a text of the page's messages ({@code detail.*}),
 * the quoted words of the document, numbers and codes carried over. A place inside a card ("abilities of task 1 of
 * function 1 of card 7 (3512-1-004, level 4)") is told as a path from the card down. A message of a form not listed
 * here is shown as written, marked as English: better the reader's words than none.
 */
public final class DiagnosticDetail {
    private static final String Q = "\"(.+?)\"";
    private static final String N = "(\\d+)";
    private static final String CODE = "(\\S+)";
    private static final List<Rule> RULES = List.of(
            rule("the card " + Q + " has level " + N + " but the list gives it levels \\[(.+)\\]", "cardLevels"),
            rule("the list names " + Q + " at level " + N + " but the document has no card at that level", "listLevel"),
            rule("card " + N + " follows card " + N, "cardFollows"),
            rule("the code of the generalized labor function " + Q + " is printed with a Cyrillic letter; read as "
                    + CODE, "cyrillicGeneralized"),
            rule("the code of the labor function " + Q + " is printed with a Cyrillic letter; read as " + CODE,
                    "cyrillicFunction"),
            rule("the code " + CODE + " is printed with Cyrillic letters; read as " + CODE, "cyrillicCode"),
            rule("the standard code " + Q + " is printed with a Cyrillic letter; read as " + Q, "cyrillicStandard"),
            rule("the items at line " + N + " belong to a skill without a " + Q + " label", "skillNoLabel"),
            rule(Q + " follows function " + N + " \\((.+)\\)", "functionFollows", 3),
            rule("the labor function " + CODE + " follows number " + N, "functionNumberFollows"),
            rule("labor function ([\\d.]+): the item " + Q + " of " + Q + " is printed in the cell of " + Q
                    + "; it was put back", "itemInCell"),
            rule("labor function ([\\d.]+): the item " + Q + " of " + Q + " is printed in the label column; it was"
                    + " put back", "itemInLabels"),
            rule("the label " + Q + " is in Russian in a document in Kazakh", "labelRussian"),
            rule("the label " + Q + " is in Kazakh in a document in Russian", "labelKazakh"),
            rule(Q + " comes after the first item of the task it opens \\((.+)\\)", "labelAfterItem", 2),
            rule("labels fused on one line: " + Q + " is printed inside another label", "labelsFused", -1),
            rule(Q + " was printed letter-spaced and was read as " + Q, "letterSpaced"),
            rule("(.+): the numbering starts again at " + N + " after " + N, "listRestarted", 1),
            rule("the standard at line " + N + " has no " + Q + " header", "noAppendixHeader"),
            rule("generalized labor function ([\\d.]+) has no row " + Q, "noRow"),
            rule("labor function ([\\d.]+) \\((.+?)\\): section III lost (.+) \\(" + Q + " is left\\) in a page break;"
                    + " taken from the functional map \\(line " + N + "\\)", "lostInBreak", -3),
            rule("the passport field (.+) is empty", "emptyField", -1),
            rule("the standard has no title line; the title is the passport's name of the standard", "noTitleLine"),
            rule("(.+) is listed as " + Q + " but its section is named " + Q, "listedAs", 1),
            rule("labor function " + N + " is labelled " + Q + " at line " + N + " and " + Q + " here", "labelledTwice"),
            rule("the list names " + Q + " but the card is named " + Q, "listNamesCard"),
            rule("the list of cards names " + Q + " where card " + N + " \\(line " + N + "\\) is " + Q, "listOfCards"),
            rule("the labor function " + CODE + " repeats number " + N, "numberRepeated"),
            rule("(.+): item " + N + " follows item " + N, "itemFollows", 1),
            rule("(.+): the list starts at " + N + ", not at " + N, "listStarts", 1),
            rule("(.+): entry " + N + " follows entry " + N, "entryFollows", 1),
            rule("(.+): task " + N + " follows task " + N, "taskFollows", 1),
            rule("(.+): the first task is numbered " + N, "firstTask", 1),
            rule("page number " + N + " removed from (.+)", "pageNumber", 2),
            rule(Q + " of generalized labor function ([\\d.]+) continues here after a page break", "rowContinued"),
            rule("an item of " + Q + " of labor function ([\\d.]+) continues here after a page break", "itemContinued"),
            rule("functional map: the name of labor function " + CODE + " continues here after a page break",
                    "mapNameContinued"),
            rule("the name of generalized labor function ([\\d.]+) continues here after a page break",
                    "generalizedNameContinued"),
            rule("the name of labor function ([\\d.]+) continues here after a page break", "functionNameContinued"),
            rule("generalized labor function ([\\d.]+) \\((.+?)\\): the name differs: section II " + Q + " \\(line " + N
                    + "\\), section III " + Q, "generalizedNamesDiffer"),
            rule("labor function ([\\d.]+) \\((.+?)\\): the name differs: section II " + Q + " \\(line " + N
                    + "\\), section III " + Q, "functionNamesDiffer"),
            rule(Q + " is printed before its label " + Q + " \\(line " + N + "\\)", "valueBeforeLabel"),
            rule("the items of skill " + N + " start at line " + N + ", before its label", "itemsBeforeLabel"),
            rule("the label of labor function " + N + " is printed after its first skill \\(line " + N + "\\)",
                    "functionLabelLate"),
            rule("the value " + Q + " is printed inside its label", "valueInLabel"),
            rule("personal competencies are printed before their label; " + Q + " was read as the card's, not as the"
                    + " end of the last item", "competenciesBeforeLabel"));
    /** The parts of a place inside a card, innermost first as the readers write them, and the words of a list. */
    private static final List<Rule> PLACES = List.of(
            rule("card " + N + " \\(([^,)]*), level " + N + "\\)", "place.cardLevel"),
            rule("card " + N + " \\(([^)]*)\\)", "place.cardCode"),
            rule("card " + N, "place.card"),
            rule("function " + N, "place.function"),
            rule("task " + N, "place.task"),
            rule("skill " + N, "place.skill"),
            rule("the skill at line " + N, "place.skillAtLine"),
            rule("(abilities|knowledge|actions|tasks|skills|task|list of cards|code|level|title|name"
                    + "|the beginning of the name|the name)", "place.word"));

    private DiagnosticDetail() {
    }

    /** The message in the page's language, or null when its form is not known (the page then shows it as written). */
    public static String told(PageContext page, String message) {
        if (message == null || page.lang().code().equals("en")) {
            return message;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    String value = m.group(g);
                    if (rule.places().contains(g) || rule.places().contains(-g)) {
                        value = rule.places().contains(g) ? place(page, value) : words(page, value);
                        if (value == null) {
                            return null;
                        }
                    }
                    args[g - 1] = value;
                }
                return page.t("detail." + rule.key(), args);
            }
        }
        return null;
    }

    /** "abilities of task 1 of function 1 of card 7 (…)" as "card 7 (…) › function 1 › task 1 › abilities". */
    private static String place(PageContext page, String text) {
        List<String> parts = told(page, text.split("(?<!list) of (?=[a-z])"));
        if (parts == null) {
            return null;
        }
        Collections.reverse(parts);
        return String.join(" › ", parts);
    }

    /** "code, level, the beginning of the name": a list of the readers' words for the parts of a standard. */
    private static String words(PageContext page, String text) {
        List<String> parts = told(page, text.split(", "));
        return parts == null ? null : String.join(", ", parts);
    }

    private static List<String> told(PageContext page, String[] texts) {
        List<String> parts = new ArrayList<>();
        for (String part : texts) {
            String told = null;
            for (Rule rule : PLACES) {
                Matcher m = rule.pattern().matcher(part.strip());
                if (m.matches()) {
                    Object[] args = new Object[m.groupCount()];
                    for (int g = 1; g <= m.groupCount(); g++) {
                        args[g - 1] = m.group(g);
                    }
                    told = rule.key().equals("place.word")
                            ? page.t("detail.word." + m.group(1).replace(' ', '_'))
                            : page.t("detail." + rule.key(), args);
                    break;
                }
            }
            if (told == null) {
                return null;
            }
            parts.add(told);
        }
        return parts;
    }

    /** A form of message; {@code places} are its groups that name a place (a negative number: a list of words). */
    private static Rule rule(String regex, String key, Integer... places) {
        return new Rule(Pattern.compile(regex), key, Set.of(places));
    }

    private record Rule(Pattern pattern, String key, Set<Integer> places) {
    }
}
