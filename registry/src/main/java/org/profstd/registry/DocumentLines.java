package org.profstd.registry;

import java.util.List;
import org.profstd.read.Decoding;
import org.profstd.read.FileFormat;
import org.profstd.read.Readers;
import org.profstd.read.SourceLine;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.read.registryxml.RegistryXmlReader;

/**
 * The lines of a document as stored beside its bytes, numbered as the parser numbered them, so that the line of any
 * fact can be shown in its original words. Text, markdown, DOCX, PDF and HTML: the lines the reader produced (for a
 * table row, its cells joined by a TAB). Registry XML, which maps to the model without a line reader: the file laid
 * out one element per line, as its reader numbers them.
 */
final class DocumentLines {
    private DocumentLines() {
    }

    static List<String> of(String name, byte[] bytes) {
        FileFormat format = FileFormat.sniff(bytes);
        if (format == FileFormat.REGISTRY_XML) {
            return RegistryXmlReader.lines(bytes);
        }
        if (!Readers.readsLines(format)) {
            return List.of(Decoding.decode(bytes).split("\r\n|\r|\n", -1));
        }
        try {
            return Readers.read(name, bytes, format).lines().stream().map(SourceLine::raw).toList();
        } catch (UnreadableDocumentException e) {
            return List.of(); // not stored: only documents the parser read reach the registry
        }
    }
}
