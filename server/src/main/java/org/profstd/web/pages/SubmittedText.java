package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.profstd.read.Decoding;
import org.profstd.read.FileFormat;
import org.profstd.read.PlainText;
import org.profstd.read.Readers;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.web.HttpProblem;

/** The text a visitor gives the match page: typed into the {@code text} field, or a file in {@code document}. */
final class SubmittedText {
    private SubmittedText() {
    }

    static String of(Context ctx) {
        String typed = ctx.formParam("text");
        if (typed != null && !typed.isBlank()) {
            if (typed.length() > PlainText.MAX_CHARS) {
                throw HttpProblem.tooLarge("the text has " + typed.length() + " characters, more than "
                        + PlainText.MAX_CHARS + ", the limit for matching; send a shorter text");
            }
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

    /**
     * The plain text of a CV or vacancy in any format the readers know, read within the readers' limits and as long
     * as matching accepts; a binary file is refused, not decoded as text.
     */
    private static String text(String name, byte[] bytes) {
        try {
            FileFormat format = FileFormat.sniff(bytes);
            String text = switch (format) {
                case DOCX, PDF, HTML -> Readers.read(name, bytes, format).plainText();
                case TEXT, MARKDOWN -> Decoding.decode(bytes);
                default -> throw new UnreadableDocumentException(name + ": " + format.id()
                        + " files are not read as text (expected text, DOCX, PDF or HTML)");
            };
            PlainText.requireMatchable(name, text);
            return text;
        } catch (UnreadableDocumentException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
    }
}
