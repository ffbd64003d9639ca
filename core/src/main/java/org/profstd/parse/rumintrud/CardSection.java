package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.read.TextJoiner;

/**
 * An ОТФ as section III describes it ("3.N. Обобщенная трудовая функция"): its header, its fields (job titles,
 * education, experience, special conditions) and its ТФ. A field label cut by a page break ("Требования к" /
 * "опыту практической работы") is resolved by template order: the head names the first field not read yet, the
 * tail only confirms it.
 */
final class CardSection {
    /** The field rows of an ОТФ, in template order. */
    static final List<Label> FIELDS = List.of(Label.JOB_TITLES, Label.EDUCATION, Label.EXPERIENCE,
            Label.SPECIAL_CONDITIONS, Label.OTHER);

    final int number;
    final Header header;
    final List<FunctionSection> functions = new ArrayList<>();
    int endLine;
    private final Map<Label, List<String>> fields = new EnumMap<>(Label.class);
    private Label current;
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;

    CardSection(int number, int line, TextJoiner joiner, Diagnostics diagnostics) {
        this.number = number;
        this.header = new Header(line, joiner);
        this.endLine = line;
        this.joiner = joiner;
        this.diagnostics = diagnostics;
    }

    /** Whether a row opens one of the fields (by its whole label or the head of one). */
    static boolean opensField(Row row) {
        Label label = Label.of(row.label());
        return isOne(label) || label == Label.ADDITIONAL
                || Label.byHead(row.label()).stream().anyMatch(FIELDS::contains);
    }

    /** Reads a field row; returns false when the row opens the "Дополнительные характеристики" table. */
    boolean acceptField(Row row) {
        if (row.isRule()) {
            return true;
        }
        Label label = Label.of(row.label());
        if (label == Label.ADDITIONAL) {
            return false;
        }
        if (isOne(label)) {
            open(label, row);
        } else if (Label.byHead(row.label()).stream().anyMatch(FIELDS::contains)) {
            open(firstUnread(Label.byHead(row.label())), row);
        } else if (row.label().isEmpty() || isTailOfCurrent(row.label())) {
            continueField(row);
        } else {
            diagnostics.add(DiagnosticCode.UNKNOWN_LINE, row.number(), "generalized labor function " + number
                    + ": \"" + row.text() + "\" is not a field of the template");
        }
        return true;
    }

    /** The fragments of a field's value as printed, one per row; empty when the field is missing. */
    List<String> field(Label label) {
        return fields.getOrDefault(label, List.of());
    }

    boolean hasField(Label label) {
        return fields.containsKey(label);
    }

    /** A field's value as one text, null when it is missing or printed as "-". */
    String text(Label label) {
        String t = joiner.join(field(label));
        return t.isBlank() || t.equals("-") ? null : t;
    }

    private void open(Label label, Row row) {
        current = label;
        List<String> values = fields.computeIfAbsent(label, l -> new ArrayList<>());
        if (!row.value().isEmpty()) {
            values.add(row.value());
        }
    }

    private void continueField(Row row) {
        if (current == null || row.value().isEmpty()) {
            return;
        }
        List<String> values = fields.get(current);
        if (!row.label().isEmpty() || !values.isEmpty()
                && Continuation.continues(values.get(values.size() - 1), row.value())) {
            diagnostics.add(DiagnosticCode.ROW_CONTINUED, row.number(), "\"" + current.text()
                    + "\" of generalized labor function 3." + number + " continues here after a page break");
        }
        values.add(row.value());
    }

    private Label firstUnread(List<Label> candidates) {
        for (Label l : candidates) {
            if (FIELDS.contains(l) && !fields.containsKey(l)) {
                return l;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    private boolean isTailOfCurrent(String cell) {
        return current != null && Label.byTail(cell).contains(current);
    }

    /** Whether a label (or null) is one of these. */
    private static boolean isOne(Label label) {
        return label != null && FIELDS.contains(label);
    }
}
