package org.profstd.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a page, rebuilt from its borders. The distinct positions of the vertical borders cut the table into
 * grid columns, those of the horizontal borders into grid rows; two neighbouring grid boxes belong to one cell when no
 * border separates them, which is how merged cells look once printed. A grid row is what Word calls a table row: a
 * border drawn under one column only still starts a new row there, with the cells beside it merged across it.
 */
final class RuledTable {
    /** Beyond this many grid boxes a "table" is a drawing: it is not read as one. */
    static final int MAX_BOXES = 200_000;

    private final float[] xs;
    private final float[] ys;
    private final int[][] cellOfBox;
    private final List<Cell> cells = new ArrayList<>();

    /** A cell: the grid columns and rows it spans (inclusive) and its edges. */
    record Cell(int index, int firstColumn, int lastColumn, int firstRow, int lastRow,
                float left, float right, float top, float bottom) {
    }

    /** One cell of a grid row: the cell, and whether the cell starts in that row (else it continues from above). */
    record Slot(Cell cell, boolean starts) {
    }

    private RuledTable(float[] xs, float[] ys, List<PdfRule> rules) {
        this.xs = xs;
        this.ys = ys;
        this.cellOfBox = new int[ys.length - 1][xs.length - 1];
        buildCells(rules);
    }

    /** The table the rules of one connected group draw, or null when they draw no box. */
    static RuledTable of(List<PdfRule> rules) {
        float[] xs = positions(rules, false);
        float[] ys = positions(rules, true);
        if (xs.length < 2 || ys.length < 2 || (long) (xs.length - 1) * (ys.length - 1) > MAX_BOXES) {
            return null;
        }
        RuledTable table = new RuledTable(xs, ys, rules);
        return table.cells.isEmpty() ? null : table;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    int rowCount() {
        return ys.length - 1;
    }

    List<Cell> cells() {
        return cells;
    }

    /** The cell that holds the point, or null when the point is outside every cell. */
    Cell cellAt(float x, float y) {
        int column = interval(xs, x);
        int row = interval(ys, y);
        if (column < 0 || row < 0) {
            return null;
        }
        int index = cellOfBox[row][column];
        return index < 0 ? null : cells.get(index);
    }

    /** The cells of grid row {@code row}, left to right, each once. */
    List<Slot> row(int row) {
        List<Slot> slots = new ArrayList<>();
        int last = -1;
        for (int column = 0; column < xs.length - 1; column++) {
            int index = cellOfBox[row][column];
            if (index < 0 || index == last) {
                continue;
            }
            last = index;
            Cell cell = cells.get(index);
            if (cell.firstColumn() == column) {
                slots.add(new Slot(cell, cell.firstRow() == row));
            }
        }
        return slots;
    }

    /** The distinct positions of the rules of one direction, those closer than the tolerance taken as one. */
    private static float[] positions(List<PdfRule> rules, boolean horizontal) {
        float[] all = new float[rules.size()];
        int n = 0;
        for (PdfRule rule : rules) {
            if (rule.horizontal() == horizontal) {
                all[n++] = rule.at();
            }
        }
        Arrays.sort(all, 0, n);
        float[] distinct = new float[n];
        int count = 0;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || all[i] - all[i - 1] > PdfRule.TOLERANCE) {
                float sum = 0;
                for (int j = start; j < i; j++) {
                    sum += all[j];
                }
                distinct[count++] = sum / (i - start);
                start = i;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    /** The rules lying on each of the given positions. */
    private static List<List<PdfRule>> rulesAt(float[] positions, List<PdfRule> rules, boolean horizontal) {
        List<List<PdfRule>> at = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            at.add(new ArrayList<>());
        }
        for (PdfRule rule : rules) {
            if (rule.horizontal() != horizontal) {
                continue;
            }
            int i = Arrays.binarySearch(positions, rule.at());
            int nearest = i >= 0 ? i : nearest(positions, -i - 1, rule.at());
            at.get(nearest).add(rule);
        }
        return at;
    }

    private static int nearest(float[] positions, int insertion, float v) {
        if (insertion == 0) {
            return 0;
        }
        if (insertion == positions.length) {
            return positions.length - 1;
        }
        return v - positions[insertion - 1] <= positions[insertion] - v ? insertion - 1 : insertion;
    }

    private void buildCells(List<PdfRule> rules) {
        int columns = xs.length - 1;
        int rows = ys.length - 1;
        int[] parent = new int[columns * rows];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<List<PdfRule>> vertical = rulesAt(xs, rules, false);
        List<List<PdfRule>> horizontal = rulesAt(ys, rules, true);
        for (int row = 0; row < rows; row++) {
            float middle = (ys[row] + ys[row + 1]) / 2;
            for (int column = 0; column + 1 < columns; column++) {
                if (!bordered(vertical.get(column + 1), xs[column + 1], middle)) {
                    union(parent, row * columns + column, row * columns + column + 1);
                }
            }
        }
        for (int column = 0; column < columns; column++) {
            float middle = (xs[column] + xs[column + 1]) / 2;
            for (int row = 0; row + 1 < rows; row++) {
                if (!bordered(horizontal.get(row + 1), ys[row + 1], middle)) {
                    union(parent, row * columns + column, (row + 1) * columns + column);
                }
            }
        }
        collectCells(parent, horizontal, vertical);
    }

    /** Groups the boxes by their root; a group that no border closes on its top and left is outside the table. */
    private void collectCells(int[] parent, List<List<PdfRule>> horizontal, List<List<PdfRule>> vertical) {
        int columns = xs.length - 1;
        int rows = ys.length - 1;
        int[] firstColumn = new int[parent.length];
        int[] lastColumn = new int[parent.length];
        int[] firstRow = new int[parent.length];
        int[] lastRow = new int[parent.length];
        Arrays.fill(firstColumn, Integer.MAX_VALUE);
        Arrays.fill(firstRow, Integer.MAX_VALUE);
        Arrays.fill(lastColumn, -1);
        Arrays.fill(lastRow, -1);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int root = find(parent, row * columns + column);
                firstColumn[root] = Math.min(firstColumn[root], column);
                lastColumn[root] = Math.max(lastColumn[root], column);
                firstRow[root] = Math.min(firstRow[root], row);
                lastRow[root] = Math.max(lastRow[root], row);
            }
        }
        int[] cellOfRoot = new int[parent.length];
        Arrays.fill(cellOfRoot, -1);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int root = find(parent, row * columns + column);
                if (cellOfRoot[root] == -1) {
                    Cell cell = new Cell(cells.size(), firstColumn[root], lastColumn[root], firstRow[root],
                            lastRow[root], xs[firstColumn[root]], xs[lastColumn[root] + 1], ys[firstRow[root]],
                            ys[lastRow[root] + 1]);
                    boolean closed = bordered(horizontal.get(row), cell.top(), (xs[column] + xs[column + 1]) / 2)
                            && bordered(vertical.get(column), cell.left(), (ys[row] + ys[row + 1]) / 2);
                    cellOfRoot[root] = closed ? cells.size() : -2;
                    if (closed) {
                        cells.add(cell);
                    }
                }
                cellOfBox[row][column] = Math.max(-1, cellOfRoot[root]);
            }
        }
    }

    private static boolean bordered(List<PdfRule> rules, float position, float along) {
        for (PdfRule rule : rules) {
            if (rule.covers(position, along)) {
                return true;
            }
        }
        return false;
    }

    /** The index i with {@code bounds[i] <= v < bounds[i + 1]}, or -1 outside. */
    private static int interval(float[] bounds, float v) {
        if (!(v >= bounds[0]) || v >= bounds[bounds.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(bounds, v);
        return i >= 0 ? i : -i - 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
