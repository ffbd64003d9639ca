package org.profstd.read;

/**
 * Picks the reader for a document's format and returns its text lines. The parser and whoever shows a document's
 * source (the registry's source view) use this one choice, so a line number means the same line to both.
 */
public final class Readers {
    private Readers() {
    }

    /** Whether the format is read into text lines (registry XML is not: it maps straight to the model). */
    public static boolean readsLines(FileFormat format) {
        return switch (format) {
            case TEXT, MARKDOWN, DOCX, ZIP, PDF, HTML -> true;
            default -> false;
        };
    }

    /** The text lines of a document of a format that {@link #readsLines(FileFormat) is read into lines}. */
    public static SourceText read(String name, byte[] bytes, FileFormat format) throws UnreadableDocumentException {
        return switch (format) {
            case TEXT, MARKDOWN -> TextReader.read(name, Decoding.decode(bytes));
            case DOCX, ZIP -> DocxReader.read(name, bytes);
            case PDF -> PdfReader.read(name, bytes);
            case HTML -> HtmlReader.read(name, bytes);
            default -> throw new UnreadableDocumentException(name + ": " + format.id() + " documents are not read yet");
        };
    }
}
