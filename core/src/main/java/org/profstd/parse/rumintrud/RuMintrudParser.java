package org.profstd.parse.rumintrud;

import org.profstd.model.Standard;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FamilyParser;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.SourceText;

/** Reads standards of the rumintrud template family. */
public final class RuMintrudParser implements FamilyParser {
    @Override
    public Standard parse(SourceText text, Segment segment, Diagnostics diagnostics) {
        StandardDraft draft = new StandardDraft(segment, Standard.RU);
        return draft.build();
    }
}
