package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Term;
import org.profstd.read.TextJoiner;

/** The terms and abbreviations of Глава 1: "1) Term – definition", the definition often running over lines. */
final class Glossary {
    private static final Pattern ENTRY = Pattern.compile("^(?:[-–•]\\s*)?\\d{1,3}\\s*[.)]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern DASH = Pattern.compile("\\s+[–—]\\s+|\\s+-\\s+");
    private static final Pattern LONG_DASH = Pattern.compile("\\s+[–—]\\s+");
    private final TextJoiner joiner;
    private final List<String[]> entries = new ArrayList<>();

    Glossary(TextJoiner joiner) {
        this.joiner = joiner;
    }

    void text(Fragment f) {
        Matcher m = ENTRY.matcher(f.text().strip());
        if (m.matches()) {
            entries.add(split(m.group(1)));
        } else if (!entries.isEmpty()) {
            String[] last = entries.get(entries.size() - 1);
            StringBuilder sb = new StringBuilder(last[1]);
            joiner.append(sb, f.text());
            last[1] = sb.toString();
        }
    }

    List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (String[] e : entries) {
            String term = e[0].strip();
            String definition = e[1].strip().replaceAll("[;,]+$", "").strip();
            if (!term.isEmpty()) {
                terms.add(new Term(term, definition));
            }
        }
        return terms;
    }

    /** Splits at the dash between term and definition; an en or em dash wins over a hyphen inside the term. */
    private static String[] split(String text) {
        Matcher m = LONG_DASH.matcher(text);
        if (!m.find()) {
            m = DASH.matcher(text);
            if (!m.find()) {
                return new String[] {text, ""};
            }
        }
        return new String[] {text.substring(0, m.start()), text.substring(m.end())};
    }
}
