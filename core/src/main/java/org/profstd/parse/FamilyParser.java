package org.profstd.parse;

import org.profstd.model.Standard;
import org.profstd.read.SourceText;

/**
 * Reads the standard of one segment of a document written in one template family. A parser never throws on a
 * document: it returns what it could read and reports the rest to the diagnostics.
 */
public interface FamilyParser {
    /** The family's labels with their Russian and Kazakh phrases. */
    LabelTable<?> labels();

    Standard parse(SourceText text, Segment segment, Diagnostics diagnostics);
}
