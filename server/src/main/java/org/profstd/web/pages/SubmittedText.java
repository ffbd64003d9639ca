package org.profstd.web.pages;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.profstd.read.PlainText;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.services.Matching;
import org.profstd.web.HttpProblem;

/** The text a visitor gives the match page: typed into the {@code text} field, or a file in {@code document}. */
final class SubmittedText {
    private SubmittedText() {
    }

    /** The words of the text or file, read as matching reads every CV or vacancy ({@link Matching#read}). */
    static String of(Context ctx) {
        String typed = ctx.formParam("text");
        if (typed != null && typed.length() > PlainText.MAX_CHARS) {
            throw HttpProblem.tooLarge("the text has " + typed.length() + " characters, more than "
                    + PlainText.MAX_CHARS + ", the limit for matching; send a shorter text");
        }
        try {
            if (typed != null && !typed.isBlank()) {
                return Matching.read("text", typed.strip().getBytes(StandardCharsets.UTF_8)).strip();
            }
            UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("document") : null;
            if (file == null || file.size() == 0) {
                throw HttpProblem.invalid("paste a text or choose a file");
            }
            return Matching.read(file.filename(), bytes(file));
        } catch (UnreadableDocumentException e) {
            throw HttpProblem.unprocessable(e.getMessage());
        }
    }

    static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw HttpProblem.invalid("the upload could not be received: " + e.getMessage());
        }
    }
}
