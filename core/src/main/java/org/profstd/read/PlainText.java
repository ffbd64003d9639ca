package org.profstd.read;

import java.util.stream.Collectors;

/**
 * The words of a document that is not a standard (a CV, a vacancy) for matching: text and markdown as decoded, DOCX,
 * PDF and HTML through their readers, one line of text per line of the document, cells joined by a space.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": the file is empty");
        }
        FileFormat format = FileFormat.sniff(bytes);
        return switch (format) {
            case TEXT, MARKDOWN -> Decoding.decode(bytes);
            case DOCX -> lines(DocxReader.read(name, bytes));
            case PDF -> lines(PdfReader.read(name, bytes));
            case HTML -> lines(HtmlReader.read(name, bytes));
            default -> throw new UnreadableDocumentException(name + ": " + format.id()
                    + " files are not read as text (expected text, DOCX, PDF or HTML)");
        };
    }

    private static String lines(SourceText text) {
        return text.lines().stream().map(SourceLine::flatText).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
