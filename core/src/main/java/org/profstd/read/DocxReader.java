package org.profstd.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
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
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(name + ": not a DOCX (a zip archive without a Word document in it)", e);
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(name + ": damaged DOCX, cannot be opened (" + Reasons.of(e) + ")", e);
        }
    }
}
