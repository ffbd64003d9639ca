package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * The rows of one HTML table as cells of paragraphs. A cell spanning several columns appears once; the place of a
 * cell that a {@code rowspan} from a row above still covers becomes one empty cell, so a continued first column starts
 * the line with a TAB, as a vertically merged DOCX cell does.
 */
final class HtmlTable {
    private static final int MAX_SPAN = 1000;
    private final Element table;
    /** First column of a cell spanning rows -> [its width in columns, rows it still covers including the current]. */
    private final TreeMap<Integer, int[]> covers = new TreeMap<>();

    HtmlTable(Element table) {
        this.table = table;
    }

    /** Each row as its cells, each cell as its paragraphs. */
    List<List<List<String>>> rows() {
        List<List<List<String>>> rows = new ArrayList<>();
        for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            rows.add(row(row));
            covers.values().forEach(cover -> cover[1]--);
            covers.values().removeIf(cover -> cover[1] <= 0);
        }
        return rows;
    }

    private List<List<String>> row(Element row) {
        List<List<String>> cells = new ArrayList<>();
        int column = 0;
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            column = coveredCells(cells, column);
            cells.add(HtmlLines.cellParagraphs(cell));
            int colspan = span(cell, "colspan");
            int rowspan = span(cell, "rowspan");
            if (rowspan > 1) {
                covers.put(column, new int[] {colspan, rowspan});
            }
            column += colspan;
        }
        // places covered from above after the row's last cell
        covers.tailMap(column).values().forEach(cover -> cells.add(List.of()));
        return cells;
    }

    /** Adds an empty cell for each cell from above that covers the place at {@code column}; returns the next free column. */
    private int coveredCells(List<List<String>> cells, int column) {
        int next = column;
        for (int[] cover = covers.get(next); cover != null; cover = covers.get(next)) {
            cells.add(List.of());
            next += cover[0];
        }
        return next;
    }

    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
