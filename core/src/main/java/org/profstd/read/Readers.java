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

    /**
     * The text lines of a document of a format that {@link #readsLines(FileFormat) is read into lines}, within the
     * {@link ReadLimits}: a document over them is refused with the limit it broke, never read at any cost.
     */
    public static SourceText read(String name, byte[] bytes, FileFormat format) throws UnreadableDocumentException {
        if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
            throw new UnreadableDocumentException(name + ": the file has " + bytes.length + " bytes, more than "
                    + ReadLimits.megabytes(ReadLimits.MAX_FILE_BYTES) + ", the limit; it is refused");
        }
        if (!readsLines(format)) {
            throw new UnreadableDocumentException(name + ": " + format.id() + " documents are not read yet");
        }
        return ReadGuard.read(name, () -> switch (format) {
            case DOCX, ZIP -> {
                DocxLimits.check(name, bytes);
                yield DocxReader.read(name, bytes);
            }
            case PDF -> PdfReader.read(name, bytes);
            case HTML -> HtmlReader.read(name, bytes);
            default -> TextReader.read(name, Decoding.decode(bytes));
        });
    }
}
