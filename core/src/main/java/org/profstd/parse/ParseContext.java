package org.profstd.parse;

import org.profstd.model.DiagnosticCode;
import org.profstd.read.SourceText;
import org.profstd.read.TextJoiner;

/**
 * What every reader of one standard shares, whatever its template family: the joiner of words the conversion split,
 * the document's diagnostics, and whether the paragraphs of table cells are the lines of the printed page.
 *
 * @param printedLines whether the paragraphs of the table cells are the lines of the printed page (DOCX, PDF)
 */
public record ParseContext(TextJoiner joiner, Diagnostics diagnostics, boolean printedLines) {

    /** The context of reading one standard of this text. */
    public static ParseContext of(SourceText text, Diagnostics diagnostics) {
        return new ParseContext(new TextJoiner(text.vocabulary()), diagnostics,
                ItemParagraphs.arePrintedLines(text.format()));
    }

    public void report(DiagnosticCode code, int line, String message) {
        diagnostics.add(code, line, message);
    }

    /** A lone number where no number belongs: a page number of the printed original, left out of {@code where}. */
    public void pageNumberRemoved(int line, String number, String where) {
        report(DiagnosticCode.PAGE_NUMBER_REMOVED, line, "page number " + number + " removed from " + where);
    }

    /** Appends a fragment to a text, joining a word the conversion split across them. */
    public void append(StringBuilder sb, String fragment) {
        joiner.append(sb, fragment);
    }
}
