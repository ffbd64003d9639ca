package org.profstd.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes a varied but well-formed Word document from a real one: a few edits of the body ({@code word/document.xml})
 * at the level of tables, rows, cells, paragraphs and runs, the other parts of the package kept. Byte-level fuzzing
 * of a DOCX mostly tests the zip and XML libraries; edits of the body test the reading of tables, merged cells, line
 * breaks and list numbers, and the family parsers behind it.
 */
final class DocxMutator {
    static final int MAX_EDITS = 6;
    private static final String BODY = "word/document.xml";
    /** The Word elements worth editing: structure a table reader and a parser care about. */
    private static final Set<String> STRUCTURE = Set.of("w:tbl", "w:tr", "w:tc", "w:p", "w:r", "w:t", "w:br", "w:tcPr");
    private static final List<XmlEdit> TREE_EDITS = List.of(XmlEdit.DROP, XmlEdit.DUPLICATE, XmlEdit.SWAP_WITH_SIBLING,
            XmlEdit.MOVE, XmlEdit.SPLIT_TEXT, XmlEdit.ODD_VALUE);

    /** Edits that only make sense in a Word body. */
    enum WordEdit {
        /** A line break inside a run: one paragraph printed as two lines. */
        LINE_BREAK {
            @Override
            void apply(Document document, Element element) {
                Element run = ancestorOrSelf(element, "w:r");
                if (run != null) {
                    run.appendChild(document.createElement("w:br"));
                    Element text = document.createElement("w:t");
                    text.setTextContent("Представление на сайте. Ведение журнала");
                    run.appendChild(text);
                }
            }
        },
        /** The cell continues the one above (a vertical merge). */
        MERGE_DOWN {
            @Override
            void apply(Document document, Element element) {
                Element cell = ancestorOrSelf(element, "w:tc");
                if (cell != null) {
                    properties(document, cell).appendChild(document.createElement("w:vMerge"));
                }
            }
        },
        /** The cell spans several grid columns, or a nonsense number of them. */
        SPAN {
            @Override
            void apply(Document document, Element element) {
                Element cell = ancestorOrSelf(element, "w:tc");
                if (cell != null) {
                    Element span = document.createElement("w:gridSpan");
                    span.setAttribute("w:val", String.valueOf(element.getTextContent().length() % 5 - 1));
                    properties(document, cell).appendChild(span);
                }
            }
        },
        /** The paragraph becomes an item of list 1, at some level. */
        LIST_ITEM {
            @Override
            void apply(Document document, Element element) {
                Element paragraph = ancestorOrSelf(element, "w:p");
                if (paragraph != null) {
                    Element properties = document.createElement("w:pPr");
                    Element numbering = document.createElement("w:numPr");
                    Element level = document.createElement("w:ilvl");
                    level.setAttribute("w:val", String.valueOf(element.getTextContent().length() % 10));
                    Element id = document.createElement("w:numId");
                    id.setAttribute("w:val", "1");
                    numbering.appendChild(level);
                    numbering.appendChild(id);
                    properties.appendChild(numbering);
                    paragraph.insertBefore(properties, paragraph.getFirstChild());
                }
            }
        };

        abstract void apply(Document document, Element element);
    }

    private DocxMutator() {
    }

    static byte[] mutate(byte[] docx, Choices choices) {
        Map<String, byte[]> parts = unzip(docx);
        try {
            Document body = parse(parts.get(BODY));
            List<Element> structure = structure(body);
            int edits = choices.pick(1, MAX_EDITS);
            for (int i = 0; i < edits && !structure.isEmpty(); i++) {
                Element element = choices.oneOf(structure);
                if (choices.coin()) {
                    choices.oneOf(TREE_EDITS).apply(body, element, choices);
                } else {
                    choices.oneOf(List.of(WordEdit.values())).apply(body, element);
                }
                structure = structure(body);
            }
            parts.put(BODY, write(body));
        } catch (Exception e) {
            throw new IllegalStateException("the seed document cannot be mutated", e);
        }
        return zip(parts);
    }

    private static List<Element> structure(Document document) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (STRUCTURE.contains(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element ancestorOrSelf(Node node, String tag) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static Element properties(Document document, Element cell) {
        for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals("w:tcPr")) {
                return e;
            }
        }
        Element properties = document.createElement("w:tcPr");
        cell.insertBefore(properties, cell.getFirstChild());
        return properties;
    }

    /** The body as a plain DOM: tags keep their "w:" prefix as part of the name, so edits need no namespaces. */
    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] write(Document document) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
