package org.profstd.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a DOCX into the same {@link SourceText} the text reader produces, so one parser per template family reads
 * both: every body paragraph is a line (with its Word list number printed before it), every table row a line whose
 * cells are the row's cells. See {@link DocxBody} for the shape of the lines.
 */
public final class DocxReader {
    private DocxReader() {
    }

    public static SourceText read(String name, byte[] bytes) throws UnreadableDocumentException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new SourceText(name, FileFormat.DOCX.id(), DocxBody.lines(document));
        } catch (IOException | RuntimeException e) {
            // POI reports broken packages and XML with runtime exceptions of many kinds
            throw unreadable(name, bytes, e);
        }
    }

    /** Tells a zip archive of something else from a damaged Word document, for the message. */
    private static UnreadableDocumentException unreadable(String name, byte[] bytes, Exception e) {
        ZipContent content = ZipContent.of(bytes);
        if (content == ZipContent.OTHER_FILES) {
            return new UnreadableDocumentException(name + ": not a DOCX (a zip archive without a Word document in it)", e);
        }
        return new UnreadableDocumentException(name + ": damaged DOCX, cannot be opened (" + Reasons.of(e) + ")", e);
    }

    /** What the readable entries of a zip archive say about it. */
    private enum ZipContent {
        NOTHING_READABLE, WORD_DOCUMENT, OTHER_FILES;

        static ZipContent of(byte[] bytes) {
            int entries = 0;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().startsWith("word/")) {
                        return WORD_DOCUMENT;
                    }
                    entries++;
                }
            } catch (IOException | IllegalArgumentException damaged) {
                // the entries read so far decide
            }
            return entries == 0 ? NOTHING_READABLE : OTHER_FILES;
        }
    }
}
