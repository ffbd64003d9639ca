package org.profstd.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One edit of a registry export's element tree, of the kinds real exports vary by: optional elements missing or
 * repeated, siblings out of order, elements under the wrong parent, values empty or odd (Cyrillic letters and
 * trailing dots in codes, levels out of range, escaped breaks, carriage returns), a tag in place of another.
 */
enum XmlEdit {
    DROP {
        @Override
        void apply(Document document, Element element, Choices choices) {
            if (element != document.getDocumentElement()) {
                element.getParentNode().removeChild(element);
            }
        }
    },
    DUPLICATE {
        @Override
        void apply(Document document, Element element, Choices choices) {
            if (element != document.getDocumentElement()) {
                element.getParentNode().insertBefore(element.cloneNode(true), element.getNextSibling());
            }
        }
    },
    SWAP_WITH_SIBLING {
        @Override
        void apply(Document document, Element element, Choices choices) {
            List<Element> siblings = elements(element.getParentNode());
            if (element != document.getDocumentElement() && siblings.size() > 1) {
                Element other = choices.oneOf(siblings);
                if (other == element) {
                    return;
                }
                Node marker = document.createComment("");
                element.getParentNode().replaceChild(marker, element);
                other.getParentNode().replaceChild(element, other);
                marker.getParentNode().replaceChild(other, marker);
            }
        }
    },
    /** Moves the element under another element of the document, unless that one lies inside it. */
    MOVE {
        @Override
        void apply(Document document, Element element, Choices choices) {
            Element target = choices.oneOf(all(document));
            if (element != document.getDocumentElement() && !isInside(target, element)) {
                target.appendChild(element);
            }
        }
    },
    /** Replaces the text of a leaf element by an odd value real exports print. */
    ODD_VALUE {
        @Override
        void apply(Document document, Element element, Choices choices) {
            if (elements(element).isEmpty()) {
                element.setTextContent(choices.oneOf(ODD_VALUES));
            }
        }
    },
    /** Renames the element to another tag of the document, so a known element turns up in the wrong place. */
    RENAME {
        @Override
        void apply(Document document, Element element, Choices choices) {
            document.renameNode(element, null, choices.oneOf(all(document)).getTagName());
        }
    },
    /** Breaks the text of a leaf element with a comment, so it comes as two text events. */
    SPLIT_TEXT {
        @Override
        void apply(Document document, Element element, Choices choices) {
            String text = element.getTextContent();
            if (elements(element).isEmpty() && !text.isEmpty()) {
                int at = choices.pick(0, text.length());
                element.setTextContent(text.substring(0, at));
                element.appendChild(document.createComment(" page "));
                element.appendChild(document.createTextNode(text.substring(at)));
            }
        }
    };

    private static final List<String> ODD_VALUES = List.of("", " ", "А/01.3", "C/03.6.", "В/02.5 ", "А", "A.",
            "0", "9", "10", "-1", "99", "6.1", "4 (подуровень 2)", "2147483648", "17.07.2017", "2015-13-45",
            "Умение <br /> работать с ПК\r\nи оргтехникой", "Знать&#13; основы", "Анализировать данные;",
            "Трудовые действия", "Необходимые умения", "Необходимые знания", "1. первое 2. второе 3. третье");

    abstract void apply(Document document, Element element, Choices choices);

    static List<Element> all(Document document) {
        List<Element> found = new ArrayList<>();
        collect(document.getDocumentElement(), found);
        return found;
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        elements(element).forEach(child -> collect(child, into));
    }

    private static List<Element> elements(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
