package org.profstd.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The number a browser prints before an item of an ordered list ({@code start}, {@code value} and {@code type}
 * respected), written into the text because parsers rely on printed list numbers, as for Word lists.
 */
final class HtmlListLabel {
    /** A list item that already prints its own number gets no second one. */
    private static final Pattern PRINTED_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*[.)]");

    private HtmlListLabel() {
    }

    /** "3. " for the third item of an ordered list, "" for other items. */
    static String of(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol") || PRINTED_NUMBER.matcher(item.text()).find()) {
            return "";
        }
        return ListLevels.number(number(item, list), format(list.attr("type"))) + ". ";
    }

    private static int number(Element item, Element list) {
        int number = integer(list.attr("start"), 1) - 1;
        for (Element sibling : list.children()) {
            if (sibling.normalName().equals("li")) {
                number = integer(sibling.attr("value"), number + 1);
            }
            if (sibling == item) {
                break;
            }
        }
        return number;
    }

    private static String format(String type) {
        return switch (type) {
            case "a" -> "lowerLetter";
            case "A" -> "upperLetter";
            case "i" -> "lowerRoman";
            case "I" -> "upperRoman";
            default -> "decimal";
        };
    }

    private static int integer(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
