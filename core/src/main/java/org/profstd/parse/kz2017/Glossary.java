package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.model.Term;
import org.profstd.parse.ParseContext;
import org.profstd.parse.TermSplitter;

/**
 * The terms and abbreviations of a standard: "Информационная система (ИС) – definition ..." paragraphs, or the
 * numbered "1) квалификация – definition;" of the older variant. An entry ends with a full stop or semicolon, or
 * where a new paragraph begins; it splits into term and definition at its dash ({@link TermSplitter}).
 */
final class Glossary {
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}\\)\\s*");
    private static final int MAX_TERM_LENGTH = 150;

    private final ParseContext context;
    private final List<Term> terms = new ArrayList<>();
    private final StringBuilder entry = new StringBuilder();

    Glossary(ParseContext context) {
        this.context = context;
    }

    void text(Token.TextToken t) {
        String f = t.text();
        if (startsEntry(t)) {
            close();
            f = LIST_NUMBER.matcher(f).replaceFirst("");
        }
        context.append(entry, f);
    }

    private boolean startsEntry(Token.TextToken t) {
        if (entry.isEmpty() || LIST_NUMBER.matcher(t.text()).find()) {
            return true;
        }
        String sofar = entry.toString().stripTrailing();
        if (sofar.endsWith(".") || sofar.endsWith(";")) {
            return true;
        }
        // a paragraph that opens with a capital letter; its dash may come on the next line ("CRM-система (...")
        return t.opensParagraph() && Character.isUpperCase(t.text().charAt(0));
    }

    void close() {
        String e = entry.toString().strip();
        entry.setLength(0);
        TermSplitter.Split split = e.isEmpty() ? null : TermSplitter.split(e);
        if (split == null || split.term().isEmpty() || split.term().length() > MAX_TERM_LENGTH) {
            return;
        }
        String term = split.term().strip();
        String definition = split.definition().strip().replaceAll("[;,.]+$", "").strip();
        if (!definition.isEmpty()) {
            terms.add(new Term(term, definition));
        }
    }

    List<Term> terms() {
        close();
        return terms;
    }
}
