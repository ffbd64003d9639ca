package org.profstd.read;

import java.util.stream.Collectors;

/**
 * The words of a document that is not a standard (a CV, a vacancy) for matching: text and markdown as decoded, DOCX,
 * PDF and HTML through their readers, one line of text per line of the document, cells joined by a space.
 */
public final class PlainText {
    /** Most characters of text matched at once: a long CV is a tenth of it; more would only cost time. */
    public static final int MAX_CHARS = 100_000;

    private PlainText() {
    }

    public static String of(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + ": the file is empty");
        }
        FileFormat format = FileFormat.sniff(bytes);
        String text = switch (format) {
            case TEXT, MARKDOWN -> Decoding.decode(bytes);
            case DOCX, PDF, HTML -> lines(Readers.read(name, bytes, format));
            default -> throw new UnreadableDocumentException(name + ": " + format.id()
                    + " files are not read as text (expected text, DOCX, PDF or HTML)");
        };
        requireMatchable(name, text);
        return text;
    }

    /** Refuses a text longer than {@link #MAX_CHARS}, naming the limit. */
    public static void requireMatchable(String name, String text) throws UnreadableDocumentException {
        if (text.length() > MAX_CHARS) {
            throw new UnreadableDocumentException(name + ": the text has " + text.length() + " characters, more than "
                    + MAX_CHARS + ", the limit for matching; send a shorter text");
        }
    }

    private static String lines(SourceText text) {
        return text.lines().stream().map(SourceLine::flatText).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
