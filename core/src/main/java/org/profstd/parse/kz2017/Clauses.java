package org.profstd.parse.kz2017;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.profstd.parse.ParseContext;

/**
 * Joins the lines of a paragraph that lists clauses ("Структурное мышление, Аналитический склад ума, ..."). A line
 * that starts with a capital letter after a line that did not end with a separator starts a new clause: the
 * documents sometimes drop the comma at a line end ("Усидчивость и внимательность" / "Организаторские способности").
 */
final class Clauses {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]|\\.\\s+(?=\\p{Lu})");
    private final ParseContext context;
    private final StringBuilder text = new StringBuilder();

    Clauses(ParseContext context) {
        this.context = context;
    }

    void add(String fragment) {
        String f = fragment.strip();
        if (f.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && Character.isUpperCase(f.charAt(0)) && !endsWithSeparator() && !insideParentheses()) {
            text.append(';');
        }
        context.append(text, f);
    }

    private boolean endsWithSeparator() {
        String t = text.toString().stripTrailing();
        return t.endsWith(",") || t.endsWith(";") || t.endsWith("-");
    }

    private boolean insideParentheses() {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * The clauses, split at commas and semicolons (or at full stops before a capital letter: "Организованность.
     * Инициативность."), without the final full stop.
     */
    List<String> list() {
        List<String> out = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(text)) {
            String p = part.strip().replaceAll("\\.$", "").strip();
            if (!p.isEmpty() && !p.equals("-")) {
                out.add(p);
            }
        }
        return out;
    }

    /** The text with clause breaks shown as "; " (for a field that keeps prose, such as education). */
    String prose() {
        return text.toString().replace(";", "; ").replaceAll("\\s+", " ").replaceAll("[.;,]+$", "").strip();
    }
}
