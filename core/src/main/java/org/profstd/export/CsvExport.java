package org.profstd.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.profstd.model.Standard;

/**
 * CSV with one row per item (ability, knowledge or labor action) and its standard, card, level, function and unit:
 * what HR staff and analysts open in a spreadsheet. RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so
 * that spreadsheet programs read Cyrillic and Kazakh letters correctly.
 */
public final class CsvExport {
    static final List<String> HEADER = List.of("standard_code", "standard_title", "jurisdiction", "language",
            "version", "year", "card_code", "card_name", "level", "sublevel", "function_code", "function_name",
            "function_kind", "unit_kind", "unit_name", "item_kind", "item_text", "source_line");

    private CsvExport() {
    }

    public static void write(List<Standard> standards, Writer out) throws IOException {
        out.write('\uFEFF');
        writeRow(out, HEADER);
        for (ItemRows.Row r : ItemRows.of(standards)) {
            writeRow(out, List.of(
                    text(r.standard().code()), text(r.standard().title()), text(r.standard().jurisdiction()),
                    text(r.standard().language()), text(r.standard().version()), text(r.standard().year()),
                    text(r.card().code()), text(r.card().name()), text(r.card().level()), text(r.card().sublevel()),
                    text(r.function().code()), text(r.function().name()), text(r.function().kind()),
                    text(r.unit().kind()), text(r.unit().name()), r.itemKind(), r.item().text(),
                    String.valueOf(r.item().line())));
        }
        out.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
        // a cell starting with = + - @ is a formula to a spreadsheet: prefix it so text stays text
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return needs || safe != cell ? '"' + safe.replace("\"", "\"\"") + '"' : cell;
    }
}
