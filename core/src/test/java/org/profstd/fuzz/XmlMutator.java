package org.profstd.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * Makes a varied but well-formed registry export from a real one by a few {@link XmlEdit}s on its element tree, then
 * writes it on one line (as the registry does) or indented, in UTF-8 or windows-1251. Byte-level fuzzing of XML mostly
 * tests the XML parser; edits of the tree test the mapping of standards, ОТФ and ТФ to the model.
 */
final class XmlMutator {
    static final int MAX_EDITS = 6;
    private static final List<XmlEdit> EDITS = List.of(XmlEdit.values());

    private XmlMutator() {
    }

    static byte[] mutate(byte[] export, Choices choices) {
        try {
            Document document = parse(export);
            int edits = choices.pick(1, MAX_EDITS);
            for (int i = 0; i < edits; i++) {
                choices.oneOf(EDITS).apply(document, choices.oneOf(XmlEdit.all(document)), choices);
            }
            return write(document, choices.coin(), choices.coin() ? "UTF-8" : "windows-1251");
        } catch (Exception e) {
            throw new IllegalStateException("the seed export cannot be mutated", e);
        }
    }

    private static Document parse(byte[] export) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(export));
    }

    private static byte[] write(Document document, boolean indent, String encoding) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
        transformer.setOutputProperty(OutputKeys.ENCODING, encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
