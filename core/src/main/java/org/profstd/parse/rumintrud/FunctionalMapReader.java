package org.profstd.parse.rumintrud;

import java.util.List;
import java.util.Locale;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.read.TextJoiner;

/**
 * Reads the functional map table. Its columns: ОТФ code, ОТФ name, ОТФ level, ТФ name, ТФ code, ТФ level. A row with
 * the first three cells empty is another ТФ of the ОТФ above; a row with a ТФ name but no code continues the name of
 * the ТФ above (the row was broken by a page break).
 */
final class FunctionalMapReader {
    private static final int CARD_CODE = 0;
    private static final int CARD_NAME = 1;
    private static final int CARD_LEVEL = 2;
    private static final int FUNCTION_NAME = 3;
    private static final int FUNCTION_CODE = 4;
    private static final int FUNCTION_LEVEL = 5;

    private final ValueReader values;
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private final FunctionalMap map = new FunctionalMap();

    FunctionalMapReader(ValueReader values, TextJoiner joiner, Diagnostics diagnostics) {
        this.values = values;
        this.joiner = joiner;
        this.diagnostics = diagnostics;
    }

    FunctionalMap read(List<Row> rows) {
        for (Row row : rows) {
            if (!row.isBlank() && !row.isRule() && !isColumnHeader(row)) {
                readRow(row);
            }
        }
        return map;
    }

    private void readRow(Row row) {
        int line = row.number();
        if (!row.cell(CARD_CODE).isEmpty()) {
            if (!ValueReader.isCardCode(row.cell(CARD_CODE))) {
                diagnostics.add(DiagnosticCode.UNKNOWN_LINE, line, "functional map: \"" + row.cell(CARD_CODE)
                        + "\" is not the code of a generalized labor function");
                return;
            }
            map.add(new FunctionalMap.Entry(values.cardCode(row.cell(CARD_CODE), line), row.cell(CARD_NAME),
                    values.level(row.cell(CARD_LEVEL), line), line));
        }
        String name = row.cell(FUNCTION_NAME);
        String code = row.cell(FUNCTION_CODE);
        FunctionalMap.Entry card = map.lastCard();
        if (name.isEmpty() && code.isEmpty()) {
            return;
        }
        if (card == null) {
            diagnostics.add(DiagnosticCode.UNKNOWN_LINE, line, "functional map: a labor function before any"
                    + " generalized labor function");
        } else if (code.isEmpty() && !card.functions.isEmpty() && row.cell(CARD_CODE).isEmpty()) {
            FunctionalMap.Entry previous = card.functions.get(card.functions.size() - 1);
            joiner.append(previous.name, name);
            diagnostics.add(DiagnosticCode.ROW_CONTINUED, line, "functional map: the name of labor function "
                    + previous.code + " continues here after a page break");
        } else {
            card.functions.add(new FunctionalMap.Entry(values.functionCode(code, line), name,
                    values.level(row.cell(FUNCTION_LEVEL), line), line));
        }
    }

    /** The two header rows of the table ("Обобщенные трудовые функции ...", "код  наименование ..."). */
    private static boolean isColumnHeader(Row row) {
        String first = row.text().toLowerCase(Locale.ROOT);
        return first.startsWith("обобщенные трудовые функции") || first.startsWith("код ");
    }
}
