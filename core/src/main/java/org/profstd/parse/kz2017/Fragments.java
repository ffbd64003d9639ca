package org.profstd.parse.kz2017;

import java.util.List;
import org.profstd.read.FileFormat;
import org.profstd.read.SourceLine;

/**
 * Cuts the lines of a document into the fragments the {@link Tokenizer} matches labels over. The text conversions
 * printed one narrow table cell per line; a structured document (DOCX, PDF, HTML) keeps a table row on one line with
 * its cells and their paragraphs apart. Both become the same stream of fragments, so one tokenizer and one parser
 * read every format.
 */
interface Fragments {
    List<Fragment> of(List<SourceLine> lines);

    /** The cutting that fits the physical format the text was read from. */
    static Fragments forFormat(String format) {
        boolean converted = FileFormat.TEXT.id().equals(format) || FileFormat.MARKDOWN.id().equals(format);
        return converted ? new ConvertedTextFragments() : new TableRowFragments();
    }
}
