package org.profstd.parse.kz2023;

import org.profstd.model.Standard;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FamilyParser;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.SourceText;

/** Reads standards of the kz2023 template family. */
public final class Kz2023Parser implements FamilyParser {
    @Override
    public Standard parse(SourceText text, Segment segment, Diagnostics diagnostics) {
        StandardDraft draft = new StandardDraft(segment, Standard.KZ);
        return draft.build();
    }
}
