package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Language;
import org.profstd.model.LegalAct;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;

/**
 * Finds the standards inside a document (an order can carry many as appendices), the template family and language of
 * each, and the legal act in the document's head.
 */
public final class Recognizer {
    /** "Профессиональный стандарт" opening a standard, with or without its title on the same line. */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:Профессиональный стандарт|ПРОФЕССИОНАЛЬНЫЙ СТАНДАРТ|Кәсіптік стандарт|КӘСІПТІК СТАНДАРТ)\\s*:?\\s*(?:[\"«].*)?$");
    private static final Pattern APPENDIX = Pattern.compile(
            "(?iu)^(?:Приложение|Қосымша)\\s*(?:№\\s*)?(\\d+)\\b.*|^(\\d+)\\s*-?\\s*қосымша.*");
    /** Which family a tie of label counts goes to. */
    private static final List<Family> TIE_ORDER = List.of(Family.RU_MINTRUD, Family.KZ_2023, Family.KZ_2017);
    /** How far above a title its appendix header may stand. */
    private static final int APPENDIX_LOOKBACK = 15;

    /** What the recognizer found in a document. */
    public record Recognition(LegalAct act, List<Segment> segments) {
    }

    private Recognizer() {
    }

    public static Recognition recognize(SourceText text, Diagnostics diagnostics) {
        List<Integer> titles = titleLines(text);
        List<int[]> ranges = new ArrayList<>();
        List<String> appendices = new ArrayList<>();
        if (titles.size() <= 1) {
            ranges.add(new int[] {1, text.size(), titles.isEmpty() ? 0 : titles.get(0)});
            appendices.add(appendixAbove(text, titles.isEmpty() ? 0 : titles.get(0), 1));
        } else {
            int previous = 0;
            List<Integer> starts = new ArrayList<>();
            for (int title : titles) {
                int start = headerStart(text, title, previous);
                starts.add(start);
                appendices.add(appendixAbove(text, title, start));
                previous = title;
            }
            for (int i = 0; i < titles.size(); i++) {
                int end = i + 1 < titles.size() ? starts.get(i + 1) - 1 : text.size();
                ranges.add(new int[] {starts.get(i), end, titles.get(i)});
            }
        }
        // the act is printed in the order's preamble, or in the first lines of a single-standard document
        int headEnd = titles.size() > 1 ? ranges.get(0)[0] - 1 : Math.min(text.size(), 40);
        LegalAct act = headEnd > 0 ? ActReader.read(text.lines(1, headEnd)) : null;
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            List<SourceLine> lines = text.lines(r[0], r[1]);
            Family family = family(lines);
            Language language = Languages.detect(lines);
            if (family == null) {
                diagnostics.add(DiagnosticCode.UNKNOWN_TEMPLATE, r[0],
                        "lines " + r[0] + "-" + r[1] + " match no known template family");
                continue;
            }
            if (titles.size() > 1 && appendices.get(i) == null) {
                diagnostics.add(DiagnosticCode.MISSING_APPENDIX_HEADER, r[2],
                        "the standard at line " + r[2] + " has no \"Приложение\" header");
            }
            segments.add(new Segment(r[0], r[1], family, language == null ? Language.RU : language,
                    appendices.get(i), r[2]));
        }
        return new Recognition(act, segments);
    }

    static List<Integer> titleLines(SourceText text) {
        List<Integer> titles = new ArrayList<>();
        for (SourceLine line : text.lines()) {
            String t = line.flatText();
            if (TITLE.matcher(t).matches()) {
                titles.add(line.number());
            }
        }
        return titles;
    }

    /** The first line of the appendix header block right above a title, or the title itself when it has none. */
    private static int headerStart(SourceText text, int title, int previousTitle) {
        int floor = Math.max(previousTitle + 1, title - APPENDIX_LOOKBACK);
        for (int n = floor; n < title; n++) {
            if (APPENDIX.matcher(text.line(n).flatText()).matches()) {
                return n;
            }
        }
        return title;
    }

    /** The appendix number printed above a title (the last one, for "Приложение 1 ... Приложение 9 к приказу"). */
    private static String appendixAbove(SourceText text, int title, int start) {
        String found = null;
        int from = title == 0 ? 1 : Math.max(start, title - APPENDIX_LOOKBACK);
        int to = title == 0 ? Math.min(text.size(), 20) : title - 1;
        for (int n = from; n <= to; n++) {
            Matcher m = APPENDIX.matcher(text.line(n).flatText());
            if (m.matches()) {
                found = m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return found;
    }

    /**
     * The template family of a standard's lines: the one with the most lines holding labels only it uses
     * ({@link DistinctLabels}); on a tie ru-mintrud, then kz-2023. Null when no line holds such a label.
     */
    static Family family(List<SourceLine> lines) {
        Map<Family, Integer> told = DistinctLabels.tally(lines);
        Family best = null;
        for (Family family : TIE_ORDER) {
            if (told.getOrDefault(family, 0) > (best == null ? 0 : told.get(best))) {
                best = family;
            }
        }
        return best;
    }
}
