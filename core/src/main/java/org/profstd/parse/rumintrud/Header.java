package org.profstd.parse.rumintrud;

import java.util.List;
import java.util.Locale;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.read.TextJoiner;

/**
 * The header of an ОТФ or ТФ in section III: "Наименование | name | Код | code | Уровень ... | level". A page break
 * can shred it: the name continues on the lines below the row, or the labels themselves are cut into pieces
 * ("Наименова" / "ние", "квалифика-" / "ции") and scattered among the name's fragments. Pieces of labels are told
 * from pieces of the name by {@link #isLabelDebris}.
 */
final class Header {
    /** The labels a shredded header can leave pieces of; lower case. */
    private static final List<String> HEADER_LABELS = List.of(
            "наименование", "код", "уровень квалификации", "уровень (подуровень) квалификации",
            "происхождение обобщенной трудовой функции", "происхождение трудовой функции", "оригинал x",
            "заимствовано из оригинала", "займствовано из оригинала", "код оригинала",
            "регистрационный номер профессионального стандарта");

    final int line;
    final StringBuilder name = new StringBuilder();
    /** Whether the name came with its "Наименование" label; a name without it is only the fragment left of it. */
    boolean nameLabelled;
    String code;
    int codeLine;
    String level;
    int levelLine;
    /** The first line where the name continues below its row, 0 when it does not. */
    private int continuedAt;
    private final TextJoiner joiner;

    Header(int line, TextJoiner joiner) {
        this.line = line;
        this.joiner = joiner;
    }

    String name() {
        return name.isEmpty() ? null : name.toString();
    }

    /** Takes what a row of the header zone holds: labelled values, stray codes and levels, name fragments. */
    void accept(Row row) {
        if (row.isRule()) {
            return;
        }
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Label label = Label.of(cell);
            if (label == Label.NAME || label == Label.CODE || label == Label.LEVEL) {
                int next = nextValue(cells, i);
                if (next > i) {
                    take(label, cells.get(next), row.number());
                    i = next;
                }
            } else if (code == null && (ValueReader.isFunctionCode(cell) || ValueReader.isCardCode(cell))) {
                take(Label.CODE, cell, row.number());
            } else if (level == null && ValueReader.isLevel(cell)) {
                take(Label.LEVEL, cell, row.number());
            } else if (!isLabelDebris(cell)) {
                continueName(cell, row.number());
            }
        }
    }

    /** Reports a name that was joined across a page break. */
    void reportContinuation(Diagnostics diagnostics, String what) {
        if (continuedAt > 0 && nameLabelled) {
            diagnostics.add(DiagnosticCode.ROW_CONTINUED, continuedAt,
                    "the name of " + what + " continues here after a page break");
        }
    }

    private void take(Label label, String value, int at) {
        switch (label) {
            case NAME -> {
                joiner.append(name, value);
                nameLabelled = true;
            }
            case CODE -> {
                code = value;
                codeLine = at;
            }
            default -> {
                level = value;
                levelLine = at;
            }
        }
    }

    private void continueName(String fragment, int at) {
        if (continuedAt == 0) {
            continuedAt = at;
        }
        joiner.append(name, fragment);
    }

    /** The index of the value cell after a label cell: the next non-empty cell that is not a label itself. */
    private static int nextValue(List<String> cells, int labelIndex) {
        for (int j = labelIndex + 1; j < cells.size(); j++) {
            String c = cells.get(j);
            if (!c.isEmpty()) {
                return Label.of(c) == null ? j : -1;
            }
        }
        return -1;
    }

    /** A piece of a header label cut by a page break: "Наименова", "ние", "квалифика-", "(подуровень)". */
    static boolean isLabelDebris(String fragment) {
        String f = fragment.toLowerCase(Locale.ROOT).replaceAll("-$", "").replaceAll("\\s+", " ").strip();
        if (f.isEmpty()) {
            return true;
        }
        for (String label : HEADER_LABELS) {
            if (label.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
