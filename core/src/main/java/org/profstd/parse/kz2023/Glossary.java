package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.Term;
import org.profstd.parse.TermSplitter;
import org.profstd.read.TextJoiner;

/** The terms and abbreviations of Глава 1: "1) Term – definition", the definition often running over lines. */
final class Glossary {
    private static final Pattern ENTRY = Pattern.compile("^(?:[-–•]\\s*)?\\d{1,3}\\s*[.)]\\s*(.+)$", Pattern.DOTALL);
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

    /** Splits at the dash between term and definition ({@link TermSplitter}); without one, the whole is the term. */
    private static String[] split(String text) {
        TermSplitter.Split split = TermSplitter.split(text);
        return split == null ? new String[] {text, ""} : new String[] {split.term(), split.definition()};
    }
}
