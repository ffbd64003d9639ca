package org.profstd.analysis;

import java.util.Arrays;

/**
 * Optimal one-to-one assignment (the Hungarian algorithm, O(n³)): pairs rows with columns so that the total score is
 * the largest possible. Every level of a comparison (cards, functions, units, items) pairs this way rather than
 * greedily by best score, because greedy pairing lets one element take the partner another one needed: old A is 0.90
 * like new A' and 0.85 like new B'; old B is 0.80 like A' and 0.10 like B'. Greedy takes A-A' and is left with B-B'
 * at 0.10, below any threshold, so it would report B removed and B' added; the optimal assignment pairs A-B' and
 * B-A' (1.65 in total) and reports two rewordings. The lists compared are short (tens of elements), so the cubic
 * cost does not matter.
 */
public final class Assignment {
    private Assignment() {
    }

    /**
     * @param score rows × columns, higher is better; the matrix may be rectangular
     * @return for each row, the column assigned to it, or -1 when there are more rows than columns
     */
    public static int[] maximize(double[][] score) {
        int rows = score.length;
        int cols = rows == 0 ? 0 : score[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return new int[0];
        }
        double max = 0;
        for (double[] row : score) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = i < rows && j < cols ? max - score[i][j] : max;
            }
        }
        int[] columnOfRow = minimizeSquare(cost);
        int[] result = new int[rows];
        for (int i = 0; i < rows; i++) {
            result[i] = columnOfRow[i] < cols ? columnOfRow[i] : -1;
        }
        return result;
    }

    /** The classic potentials formulation (rows and columns 1-based inside, 0 is the virtual start). */
    private static int[] minimizeSquare(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            boolean[] used = new boolean[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            columnOfRow[rowOfColumn[j] - 1] = j - 1;
        }
        return columnOfRow;
    }
}
