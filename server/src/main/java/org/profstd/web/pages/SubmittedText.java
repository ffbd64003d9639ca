package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.profstd.read.Decoding;
import org.profstd.read.DocxReader;
import org.profstd.read.FileFormat;
import org.profstd.read.HtmlReader;
import org.profstd.read.PdfReader;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.web.HttpProblem;

/** The text a visitor gives the match page: typed into the {@code text} field, or a file in {@code document}. */
final class SubmittedText {
    private SubmittedText() {
    }

    static String of(Context ctx) {
        String typed = ctx.formParam("text");
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
        if (file == null || file.size() == 0) {
            throw HttpProblem.invalid("paste a text or choose a file");
        }
        return text(file.filename(), bytes(file));
    }

    static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw HttpProblem.invalid("the upload could not be received: " + e.getMessage());
        }
    }

    /** The plain text of a CV or vacancy in any format the readers know; anything else is read as text. */
    private static String text(String name, byte[] bytes) {
        try {
            return switch (FileFormat.sniff(bytes)) {
                case DOCX -> DocxReader.read(name, bytes).plainText();
                case PDF -> PdfReader.read(name, bytes).plainText();
                case HTML -> HtmlReader.read(name, bytes).plainText();
                default -> Decoding.decode(bytes);
            };
        } catch (UnreadableDocumentException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
    }
}
