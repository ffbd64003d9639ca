package org.profstd.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.profstd.model.DiagnosticCode;

/**
 * Reads the text layer of a PDF into a {@link SourceText}: one line per printed text line, the pieces of a line that
 * stand far apart (table columns) as separate cells, like the TAB-separated rows of the text conversions. A PDF
 * without a text layer (a scan) cannot be read; that is reported, not guessed at.
 */
public final class PdfReader {
    private PdfReader() {
    }

    public static SourceText read(String name, byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocumentException(name + ": damaged PDF, it has no pages");
            }
            List<SourceLine> lines = PdfLines.of(document);
            if (lines.isEmpty()) {
                throw new UnreadableDocumentException(name + ": " + DiagnosticCode.NO_TEXT_LAYER.explanation());
            }
            return new SourceText(name, FileFormat.PDF.id(), lines);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(name + ": the PDF is password-protected and cannot be read", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name + ": damaged PDF, cannot be opened (" + Reasons.of(e) + ")", e);
        }
    }
}
