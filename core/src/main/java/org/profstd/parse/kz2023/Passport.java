package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;
import org.profstd.parse.StandardDraft;

/** The passport (Глава 2) and technical data (Глава 4) of a standard, apart from the plain fields. */
final class Passport {
    /** "J Информация и связь", "62.01 Деятельность ...", "61.90.9 ...". */
    private static final Pattern OKED_LINE = Pattern.compile("^([A-Z]|\\d{2}(?:\\.\\d{1,2}){0,3})(?=\\s|$)");
    /** "- 1) Инженер по искусственному интеллекту - 6 уровень ОРК;". */
    private static final Pattern LIST_ENTRY = Pattern.compile("^[-–•\\s]*(\\d{1,2})\\s*[.)]\\s*(.+)$");
    private static final Pattern NAME_AND_LEVEL = Pattern.compile(
            "^(.*?)\\s*[-–—]\\s*(\\d{1,2})\\s*(?:уровень|деңгей).*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An entry of the list of cards. */
    record CardEntry(int number, String name, Integer level, int line) {
    }

    private final StandardDraft standard;
    private final Diagnostics diagnostics;
    final List<CardEntry> cardList = new ArrayList<>();
    /** The OKED section letter ("J"): the letter a KZ standard code starts with. */
    String okedSection;

    Passport(StandardDraft standard, Diagnostics diagnostics) {
        this.standard = standard;
        this.diagnostics = diagnostics;
    }

    void oked(String text) {
        Matcher m = OKED_LINE.matcher(text.strip());
        if (m.find()) {
            standard.okedCodes.add(m.group(1));
            if (okedSection == null && Character.isLetter(m.group(1).charAt(0))) {
                okedSection = m.group(1);
            }
        }
    }

    void cardListEntry(Fragment f) {
        Matcher m = LIST_ENTRY.matcher(f.text().strip());
        if (!m.matches()) {
            return;
        }
        int number = Integer.parseInt(m.group(1));
        int previous = cardList.isEmpty() ? 0 : cardList.get(cardList.size() - 1).number();
        if (number > previous + 1) {
            diagnostics.add(DiagnosticCode.NUMBER_SKIPPED, f.line(),
                    "list of cards: entry " + number + " follows entry " + previous);
        }
        Matcher nl = NAME_AND_LEVEL.matcher(m.group(2).strip());
        if (nl.matches()) {
            cardList.add(new CardEntry(number, Names.clean(nl.group(1)), Integer.valueOf(nl.group(2)), f.line()));
        } else {
            cardList.add(new CardEntry(number, Names.clean(m.group(2)), null, f.line()));
        }
    }

    void developer(String text) {
        String t = text.strip();
        if (!t.isEmpty() && !t.equals("-")) {
            standard.developers.add(t);
        }
    }
}
