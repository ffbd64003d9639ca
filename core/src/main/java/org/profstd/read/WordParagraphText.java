package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The visible text of one Word paragraph ({@code w:p}), read from its XML: text runs in order, tabs kept as tabs (the
 * line factory folds them), line breaks splitting the paragraph into the paragraphs of a cell. Deleted revisions,
 * field instructions, footnote marks and floating drawings are not part of the printed text and are left out.
 */
final class WordParagraphText {
    /** Elements whose whole subtree prints nothing in the paragraph's flow. */
    private static final Set<String> SKIPPED = Set.of(
            "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "footnoteReference",
            "endnoteReference", "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "drawing", "pict",
            "object", "Fallback", "fldData", "sectPr");

    private final List<String> paragraphs = new ArrayList<>();
    private StringBuilder current = new StringBuilder();

    private WordParagraphText() {
    }

    /** The paragraph's text, split at line breaks; page and column breaks only separate words. */
    static List<String> of(Node paragraph) {
        WordParagraphText text = new WordParagraphText();
        text.walk(paragraph);
        text.paragraphs.add(text.current.toString());
        return text.paragraphs;
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                visit(element);
            }
        }
    }

    private void visit(Element element) {
        String name = element.getLocalName();
        if (name == null || SKIPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "t" -> appendText(element);
            case "tab", "ptab" -> current.append('\t');
            case "noBreakHyphen" -> current.append('-');
            case "softHyphen" -> { }
            case "br", "cr" -> lineBreak(element);
            default -> walk(element);
        }
    }

    /** The character data of a text element (the XML beans DOM has no getTextContent). */
    private void appendText(Element text) {
        for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                current.append(child.getNodeValue());
            }
        }
    }

    private void lineBreak(Element br) {
        String type = br.getAttributeNS(br.getNamespaceURI(), "type");
        if (type.equals("page") || type.equals("column")) {
            current.append(' ');
            return;
        }
        paragraphs.add(current.toString());
        current = new StringBuilder();
    }
}
