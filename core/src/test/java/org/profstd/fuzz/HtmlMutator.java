package org.profstd.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a varied page from a seed page by a few edits of its element tree: the shapes legal portals give a standard
 * (rows without cells, cells spanning rows and columns, lists inside cells, line breaks, blocks nested in odd places,
 * the text of a cell split into several blocks).
 */
final class HtmlMutator {
    static final int MAX_EDITS = 6;
    private static final List<String> TAGS = List.of("p", "div", "td", "th", "tr", "li", "ol", "ul", "table", "h2",
            "span", "br", "header", "article");

    private static final List<String> CONTAINERS = List.of("p", "div", "td", "tr", "li", "ol", "table", "article");

    /** One edit of an element. */
    enum HtmlEdit {
        DROP, DUPLICATE, SWAP_WITH_SIBLING, UNWRAP, WRAP, RENAME, ROW_SPAN, COLUMN_SPAN, LINE_BREAK, SPLIT_TEXT
    }

    private HtmlMutator() {
    }

    static byte[] mutate(byte[] html, Choices choices) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        int edits = choices.pick(1, MAX_EDITS);
        for (int i = 0; i < edits; i++) {
            List<Element> elements = page.body().getAllElements();
            Element element = choices.oneOf(elements);
            if (element != page.body()) {
                edit(element, choices.oneOf(List.of(HtmlEdit.values())), choices);
            }
        }
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static void edit(Element element, HtmlEdit edit, Choices choices) {
        switch (edit) {
            case DROP -> element.remove();
            case DUPLICATE -> element.after(element.clone());
            case SWAP_WITH_SIBLING -> {
                Element other = choices.oneOf(element.parent().children());
                if (other != element) {
                    Element copy = other.clone();
                    other.replaceWith(element.clone());
                    element.replaceWith(copy);
                }
            }
            case UNWRAP -> element.unwrap();
            case WRAP -> {
                // built by hand: jsoup's wrap(html) parses the wrapper in context, and a "td" outside a row vanishes
                Element wrapper = new Element(choices.oneOf(CONTAINERS));
                element.before(wrapper);
                wrapper.appendChild(element);
            }
            case RENAME -> element.tagName(choices.oneOf(TAGS));
            case ROW_SPAN -> element.attr("rowspan", String.valueOf(choices.pick(-1, 4)));
            case COLUMN_SPAN -> element.attr("colspan", String.valueOf(choices.pick(-1, 4)));
            case LINE_BREAK -> element.appendElement("br").after("Представление на сайте. Ведение журнала");
            case SPLIT_TEXT -> {
                String text = element.ownText();
                if (!text.isEmpty()) {
                    int at = choices.pick(0, text.length());
                    element.text(text.substring(0, at));
                    element.appendElement(choices.oneOf(TAGS)).text(text.substring(at));
                }
            }
        }
    }
}
