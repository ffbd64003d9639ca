package org.profstd.registry;

import java.util.List;
import org.profstd.read.Decoding;
import org.profstd.read.FileFormat;
import org.profstd.read.SourceLine;
import org.profstd.read.TextReader;

/**
 * The lines of a document as stored beside its bytes, numbered as the parser numbered them, so that the line of any
 * fact can be shown in its original words. Text and markdown: the lines the text reader produced, as printed. Registry
 * XML (and other markup): the lines of the file. Formats whose reader builds lines from structure (DOCX) store none
 * until that reader is available here.
 */
final class DocumentLines {
    private DocumentLines() {
    }

    static List<String> of(String name, byte[] bytes) {
        FileFormat format = FileFormat.sniff(bytes);
        return switch (format) {
            case TEXT, MARKDOWN -> TextReader.read(name, Decoding.decode(bytes)).lines().stream()
                    .map(SourceLine::raw).toList();
            case REGISTRY_XML, XML, HTML -> List.of(Decoding.decode(bytes).split("\r\n|\r|\n", -1));
            default -> List.of();
        };
    }
}
