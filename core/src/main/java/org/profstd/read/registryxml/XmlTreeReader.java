package org.profstd.read.registryxml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.profstd.read.UnreadableDocumentException;

/**
 * Reads XML text into a tree of {@link XmlNode}s with StAX, remembering the line of every element. Damaged XML
 * (truncated, tags that do not match) ends in an {@link UnreadableDocumentException} that says where, in one line.
 * DTDs and external entities are switched off: an export never needs them, and they would let a file reach outside.
 */
final class XmlTreeReader {
    private static final XMLInputFactory FACTORY = factory();
    /** A registry export nests about ten deep; far deeper nesting is an attack on the stack, not an export. */
    static final int MAX_DEPTH = 100;

    /** An element whose end tag has not been read yet. */
    private static final class Open {
        final String name;
        final int startLine;
        final StringBuilder text = new StringBuilder();
        final List<XmlNode> children = new ArrayList<>();

        Open(String name, int startLine) {
            this.name = name;
            this.startLine = startLine;
        }

        XmlNode close(int endLine) {
            return new XmlNode(name, text.toString(), startLine, endLine, children);
        }
    }

    private XmlTreeReader() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /**
     * The root element of XML laid out one element per line ({@link ElementLines}), the lines of its elements those
     * of the layout; damaged XML is told at its place in the text as received, the one its author can look up.
     */
    static XmlNode read(String name, String laidOut, String asReceived) throws UnreadableDocumentException {
        try {
            return read(name, laidOut);
        } catch (UnreadableDocumentException damaged) {
            read(name, asReceived);
            throw damaged; // not reached: the same XML is damaged at the same place, only its lines differ
        }
    }

    /** The root element of the document. */
    static XmlNode read(String name, String xml) throws UnreadableDocumentException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            return readTree(reader);
        } catch (XMLStreamException e) {
            throw new UnreadableDocumentException(name + ": the XML is damaged" + where(e.getLocation())
                    + ": " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(name + ": the XML cannot be read: " + firstLine(e), e);
        } finally {
            close(reader);
        }
    }

    private static XmlNode readTree(XMLStreamReader reader) throws XMLStreamException {
        Deque<Open> open = new ArrayDeque<>();
        XmlNode root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            int line = reader.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new XMLStreamException("elements are nested deeper than " + MAX_DEPTH, reader.getLocation());
                    }
                    open.push(new Open(reader.getLocalName(), line));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlNode done = open.pop().close(line);
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions and the document end carry nothing of the standard
                }
            }
        }
        if (root == null) {
            throw new XMLStreamException("the document has no root element");
        }
        return root;
    }

    private static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The parser's own explanation without its "ParseError at [row,col]" prefix, on one line. */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open but the string
            }
        }
    }
}
