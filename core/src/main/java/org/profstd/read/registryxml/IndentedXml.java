package org.profstd.read.registryxml;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XML one element per line, indented, so that a written export is readable and every item of it gets a line
 * of its own when it is read back. Text is stripped of the characters XML 1.0 cannot hold.
 */
final class IndentedXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();
    private static final String INDENT = "  ";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    /** Whether the element open at the current depth already has child elements (its end tag then goes on a new line). */
    private boolean hasChildren;

    IndentedXml() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an XML writer over a string always opens", e);
        }
    }

    /** Opens an element that will hold other elements. */
    IndentedXml start(String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    IndentedXml namespace(String prefix, String uri) {
        try {
            xml.writeNamespace(prefix, uri);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the innermost open element. */
    IndentedXml end() {
        try {
            depth--;
            if (hasChildren) {
                newLine();
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only text; an empty element when the text is null. */
    IndentedXml leaf(String name, String text) {
        try {
            newLine();
            if (text == null || text.isEmpty()) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
                xml.writeCharacters(xmlChars(text));
                xml.writeEndElement();
            }
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document written so far, with every open element closed. */
    String finish() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** Drops control characters XML 1.0 forbids; a model read from a damaged document may carry them. */
    private static String xmlChars(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
