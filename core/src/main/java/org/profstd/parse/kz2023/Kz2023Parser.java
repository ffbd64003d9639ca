package org.profstd.parse.kz2023;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Jurisdiction;
import org.profstd.model.Standard;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.FamilyParser;
import org.profstd.parse.LabelTable;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.Segment;
import org.profstd.parse.StandardDraft;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;

/**
 * Reads standards of the kz-2023 template family, Russian or Kazakh, whichever of the two layouts the conversion
 * produced: the lines become one stream of fragments ({@link Fragments}) that one state machine reads
 * ({@link StandardReader}); then the standard is checked against its own passport.
 */
public final class Kz2023Parser implements FamilyParser {
    /** "Профессиональный стандарт: "Name"" (the quotes and colon optional). */
    private static final Pattern TITLE_LINE = Pattern.compile("(?iu)^\\S+\\s+стандарт\\s*:?\\s*(.*)$");
    /** Three or more single letters separated by single spaces: a letter-spaced word the reader joined. */
    private static final Pattern LETTER_SPACED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}){2,}(?![\\p{L}\\p{N}])");

    @Override
    public LabelTable<?> labels() {
        return Label.TABLE;
    }

    @Override
    public Standard parse(SourceText text, Segment segment, Diagnostics diagnostics) {
        StandardDraft draft = new StandardDraft(segment, Jurisdiction.KZ);
        StandardReader reader = new StandardReader(segment, ParseContext.of(text, diagnostics), draft);
        reader.read(Fragments.of(text, segment.startLine(), segment.endLine()));
        Fields fields = reader.fields();
        draft.title = title(text, segment, fields, diagnostics);
        draft.code = StandardCode.normalize(fields.code, reader.passport().okedSection, diagnostics, fields.codeLine);
        if (draft.code == null) {
            diagnostics.add(DiagnosticCode.MISSING_FIELD, segment.startLine(), "the standard has no code");
        }
        CardChecks.check(reader.cards, diagnostics);
        CardListCheck.check(reader.passport().cardList, reader.cards, diagnostics,
                reader.passport().cardList.isEmpty() ? 0 : reader.passport().cardList.get(0).line());
        reportLetterSpacing(text, segment, diagnostics);
        return draft.build();
    }

    /** The title line's name; else the passport's "Название"; a difference between the two is reported. */
    private static String title(SourceText text, Segment segment, Fields fields, Diagnostics diagnostics) {
        String fromLine = null;
        if (segment.titleLine() > 0) {
            Matcher m = TITLE_LINE.matcher(text.line(segment.titleLine()).flatText());
            if (m.matches() && !Names.clean(m.group(1)).isEmpty()) {
                fromLine = Names.clean(m.group(1));
            }
        }
        if (fromLine == null) {
            if (fields.title == null) {
                diagnostics.add(DiagnosticCode.MISSING_FIELD, segment.startLine(), "the standard has no title");
            } else if (segment.titleLine() == 0) {
                diagnostics.add(DiagnosticCode.MISSING_TITLE, segment.startLine(), "the standard has no title line;"
                        + " the title is the passport's name of the standard");
            }
            return fields.title;
        }
        if (fields.title != null && !Names.same(fromLine, fields.title)) {
            diagnostics.add(DiagnosticCode.NAME_MISMATCH, segment.titleLine(), "the title \"" + fromLine
                    + "\" differs from the passport's name \"" + fields.title + "\"");
        }
        return fromLine;
    }

    private static void reportLetterSpacing(SourceText text, Segment segment, Diagnostics diagnostics) {
        for (SourceLine line : text.lines(segment.startLine(), segment.endLine())) {
            Matcher m = LETTER_SPACED.matcher(line.raw());
            if (m.find()) {
                diagnostics.add(DiagnosticCode.LETTER_SPACED, line.number(),
                        "\"" + m.group() + "\" was printed letter-spaced and was read as \""
                                + m.group().replace(" ", "") + "\"");
            }
        }
    }
}
