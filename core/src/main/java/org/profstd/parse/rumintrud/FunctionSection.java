package org.profstd.parse.rumintrud;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.ItemCollector;
import org.profstd.read.TextJoiner;

/**
 * A ТФ as section III describes it ("3.N.M. Трудовая функция"): its header and its three item lists (labor actions,
 * required skills, necessary knowledge), one table row per item. What a page break does to the lists is put right
 * here: a label cut in two ("Необходимые" / "знания"), an item cut in two (the second row starts in lower case), an
 * item printed in the label column, the last knowledge item pushed into the "Другие характеристики" cell.
 */
final class FunctionSection {
    /** The item lists, in template order. */
    static final List<Label> LISTS = List.of(Label.ACTIONS, Label.ABILITIES, Label.KNOWLEDGE);

    final int cardNumber;
    final int number;
    final Header header;
    int endLine;
    private final Map<Label, ItemCollector> lists = new EnumMap<>(Label.class);
    private Label current;
    private String lastFragment;
    /** The value rows of "Другие характеристики": not items, unless they are knowledge pushed down a cell. */
    private final List<Row> other = new ArrayList<>();
    private boolean inOther;
    private final Diagnostics diagnostics;

    FunctionSection(int cardNumber, int number, int line, TextJoiner joiner, Diagnostics diagnostics) {
        this.cardNumber = cardNumber;
        this.number = number;
        this.header = new Header(line, joiner);
        this.endLine = line;
        this.diagnostics = diagnostics;
        for (Label list : LISTS) {
            lists.put(list, new ItemCollector(joiner, diagnostics, list.text() + " of labor function " + id()));
        }
    }

    String id() {
        return "3." + cardNumber + "." + number;
    }

    /** Whether a row opens an item list (by its whole label or the head of one). */
    static boolean opensList(Row row) {
        return isOne(Label.of(row.label())) || Label.byHead(row.label()).stream().anyMatch(LISTS::contains);
    }

    /** Reads a row of the item lists or of "Другие характеристики". */
    void accept(Row row) {
        if (row.isRule()) {
            return;
        }
        String label = row.label();
        Label whole = Label.of(label);
        List<Label> heads = Label.byHead(label);
        if (whole == Label.OTHER || heads.contains(Label.OTHER)) {
            inOther = true;
            addOther(row);
        } else if (inOther) {
            addOther(row);
        } else if (isOne(whole)) {
            open(whole, row);
        } else if (heads.stream().anyMatch(LISTS::contains)) {
            open(next(), row);
        } else if (label.isEmpty() || isTailOfList(row)) {
            itemRow(row.value(), row.number());
        } else if (current != null && row.value().isEmpty()) {
            diagnostics.add(DiagnosticCode.ITEM_OUT_OF_PLACE, row.number(), "labor function " + id() + ": the item \""
                    + label + "\" of \"" + current.text() + "\" is printed in the label column; it was put back");
            newItem(label, row.number());
        } else {
            diagnostics.add(DiagnosticCode.UNKNOWN_LINE, row.number(), "labor function " + id() + ": \"" + row.text()
                    + "\" is not part of the template");
        }
    }

    /** Puts back knowledge that was pushed into "Другие характеристики", and returns the lists. */
    Map<Label, List<Item>> finish() {
        resolveOther();
        Map<Label, List<Item>> items = new EnumMap<>(Label.class);
        lists.forEach((label, collector) -> items.put(label, collector.finish()));
        return items;
    }

    private void open(Label list, Row row) {
        current = list;
        lastFragment = null;
        if (!row.value().isEmpty()) {
            newItem(row.value(), row.number());
        }
    }

    /** The list after the current one: what a label head such as "Необходимые" opens. */
    private Label next() {
        int i = current == null ? 0 : LISTS.indexOf(current) + 1;
        return LISTS.get(Math.min(i, LISTS.size() - 1));
    }

    private boolean isTailOfList(Row row) {
        List<Label> tails = Label.byTail(row.label());
        if (tails.isEmpty() || tails.stream().noneMatch(LISTS::contains)) {
            return false;
        }
        if (!tails.contains(current)) {
            diagnostics.add(DiagnosticCode.LABEL_OUT_OF_PLACE, row.number(), "labor function " + id() + ": \""
                    + row.label() + "\" ends a label other than \"" + (current == null ? "" : current.text()) + "\"");
        }
        return true;
    }

    private void itemRow(String value, int line) {
        if (value.isEmpty() || value.equals("-") || current == null) {
            return;
        }
        if (Continuation.continues(lastFragment, value)) {
            lists.get(current).continuation(value, line);
            lastFragment = value;
            diagnostics.add(DiagnosticCode.ROW_CONTINUED, line, "an item of \"" + current.text() + "\" of labor function "
                    + id() + " continues here after a page break");
        } else {
            newItem(value, line);
        }
    }

    private void newItem(String text, int line) {
        if (current == null) {
            current = LISTS.get(0);
        }
        lists.get(current).unnumbered(text, line);
        lastFragment = text;
    }

    private void addOther(Row row) {
        if (!row.value().isEmpty()) {
            other.add(row);
        }
    }

    /**
     * "Другие характеристики" holds one value, "-" in most functions. When rows come before that "-", they are
     * the last knowledge items, which conversion pushed into the next cell.
     */
    private void resolveOther() {
        if (other.size() < 2 || !other.get(other.size() - 1).value().equals("-")) {
            return;
        }
        current = Label.KNOWLEDGE;
        for (Row row : other.subList(0, other.size() - 1)) {
            diagnostics.add(DiagnosticCode.ITEM_OUT_OF_PLACE, row.number(), "labor function " + id() + ": the item \""
                    + row.value() + "\" of \"Необходимые знания\" is printed in the cell of \"Другие характеристики\";"
                    + " it was put back");
            itemRow(row.value(), row.number());
        }
        other.clear();
    }

    /** Whether a label (or null) is one of these. */
    private static boolean isOne(Label label) {
        return label != null && LISTS.contains(label);
    }
}
