package org.profstd.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.ActKind;
import org.profstd.model.ActRef;
import org.profstd.model.LegalAct;
import org.profstd.read.SourceLine;

/**
 * Reads the legal act from the head of a document: "Приказ ... от 5 октября 2015 г. N 688н", an appendix header
 * "Приложение № 6 к приказу ... № 171 от 17 июля 2017 года" (or "... от 24.12.2019г. № 259"), and, for an amending order, the act it amends
 * ("О внесении изменения ... в приказ ... от 10 ноября 2025 года № 569/НК").
 */
final class ActReader {
    private static final String DATE = "(\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\s*(?:г\\.|года|год)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4})";
    private static final String NUMBER = "(?:№|N)\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}/\\-]*)";
    /** "Приказ ISSUER от DATE № NUMBER". */
    private static final Pattern ORDER = Pattern.compile(
            "(?u)(?:^|\\s)Приказ\\s+(.+?)\\s+от\\s+" + DATE + "\\s*" + NUMBER);
    /** "к приказу ISSUER № NUMBER от DATE" (an appendix header). */
    private static final Pattern APPENDIX_OF_ORDER = Pattern.compile(
            "(?iu)к\\s+приказу\\s+(.+?)\\s+" + NUMBER + "\\s+от\\s+" + DATE);
    /** "к приказу ISSUER от DATE № NUMBER" (an appendix header that prints the date first, "от 24.12.2019г. № 259"). */
    private static final Pattern APPENDIX_OF_ORDER_DATE_FIRST = Pattern.compile(
            "(?iu)к\\s+приказу\\s+(.+?)\\s+от\\s+" + DATE + "(?:\\s*г\\.?)?\\s*" + NUMBER);
    /** "в приказ ISSUER от DATE № NUMBER" inside the title of an amending order. */
    private static final Pattern AMENDED = Pattern.compile(
            "(?iu)в\\s+приказ\\s+(.+?)\\s+от\\s+" + DATE + "\\s*" + NUMBER);
    private static final Pattern TITLE = Pattern.compile("(?iu)^\"?(О внесении изменени\\S*|Об утверждении)\\b.*");

    private ActReader() {
    }

    /** The act named in the head lines of a document, or null when they name none. */
    static LegalAct read(List<SourceLine> head) {
        String title = null;
        StringBuilder all = new StringBuilder();
        for (SourceLine line : head) {
            String t = line.flatText();
            if (title == null && TITLE.matcher(t).matches()) {
                title = unquote(t);
            }
            all.append(t).append(' ');
        }
        String text = all.toString().replaceAll("\\s+", " ");
        String issuer = null;
        String number = null;
        String date = null;
        Matcher order = ORDER.matcher(text);
        if (order.find()) {
            issuer = order.group(1);
            date = Dates.find(order.group(2));
            number = order.group(3);
        } else {
            Matcher appendix = appendixHeader(text);
            if (appendix != null) {
                boolean numberFirst = appendix.pattern() == APPENDIX_OF_ORDER;
                issuer = appendix.group(1);
                number = appendix.group(numberFirst ? 2 : 3);
                date = Dates.find(appendix.group(numberFirst ? 3 : 2));
            }
        }
        if (number == null) {
            return null;
        }
        ActRef amends = null;
        ActKind kind = ActKind.APPROVAL;
        if (title != null && title.toLowerCase().startsWith("о внесении")) {
            kind = ActKind.AMENDMENT;
            Matcher m = AMENDED.matcher(title);
            if (m.find()) {
                amends = new ActRef(m.group(3), Dates.find(m.group(2)));
            }
        }
        return new LegalAct(cleanIssuer(issuer), number, date, kind, title, amends);
    }

    /**
     * The appendix header naming its order, number first or date first; when both forms match, the one with the
     * shorter issuer is the header (the other ran on to a number or date printed further down).
     */
    private static Matcher appendixHeader(String text) {
        Matcher numberFirst = APPENDIX_OF_ORDER.matcher(text);
        Matcher dateFirst = APPENDIX_OF_ORDER_DATE_FIRST.matcher(text);
        boolean n = numberFirst.find();
        boolean d = dateFirst.find();
        if (n && d) {
            return numberFirst.group(1).length() <= dateFirst.group(1).length() ? numberFirst : dateFirst;
        }
        return n ? numberFirst : d ? dateFirst : null;
    }

    /**
     * The title without the quotes around it. A closing quote is taken off only when it has no opening partner
     * inside: in {@code "Об утверждении профессионального стандарта "Специалист ..."} the outer closing quote is
     * missing and the last quote closes the standard's name.
     */
    static String unquote(String line) {
        String t = line.strip().replaceFirst("^[\"«]", "");
        if (t.endsWith("»") && count(t, '«') < count(t, '»') || t.endsWith("\"") && count(t, '"') % 2 == 1) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private static String cleanIssuer(String issuer) {
        return issuer == null ? null : issuer.replaceAll("[\\s,]+$", "").strip();
    }
}
