package org.profstd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs the elements of two lists by the optimal assignment of a score, keeping only pairs that reach a threshold:
 * an element whose best available partner is too unlike it stays unpaired (added, removed, no counterpart).
 *
 * @param pairs       paired indexes, in the order of the first list
 * @param onlyInFirst indexes of the first list left unpaired
 * @param onlyInSecond indexes of the second list left unpaired
 */
public record Pairing(List<Pair> pairs, List<Integer> onlyInFirst, List<Integer> onlyInSecond) {

    /** Index {@code first} of the first list paired with index {@code second} of the second, with their score. */
    public record Pair(int first, int second, double score) {
    }

    public static <A, B> Pairing of(List<A> first, List<B> second, ToDoubleBiFunction<A, B> score, double threshold) {
        double[][] matrix = new double[first.size()][second.size()];
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                matrix[i][j] = score.applyAsDouble(first.get(i), second.get(j));
            }
        }
        int[] assigned = first.isEmpty() || second.isEmpty() ? new int[first.size()] : Assignment.maximize(matrix);
        List<Pair> pairs = new ArrayList<>();
        boolean[] secondPaired = new boolean[second.size()];
        List<Integer> onlyInFirst = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            int j = second.isEmpty() ? -1 : assigned[i];
            if (j >= 0 && matrix[i][j] >= threshold) {
                pairs.add(new Pair(i, j, matrix[i][j]));
                secondPaired[j] = true;
            } else {
                onlyInFirst.add(i);
            }
        }
        List<Integer> onlyInSecond = new ArrayList<>();
        for (int j = 0; j < second.size(); j++) {
            if (!secondPaired[j]) {
                onlyInSecond.add(j);
            }
        }
        return new Pairing(List.copyOf(pairs), List.copyOf(onlyInFirst), List.copyOf(onlyInSecond));
    }

    /**
     * The pairs whose order differs from the rest: those outside a longest run of pairs that keeps the same order in
     * both lists. Reordering three functions moves one of them, not all three.
     */
    public List<Pair> moved() {
        int n = pairs.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int k = 0; k < i; k++) {
                if (pairs.get(k).second() < pairs.get(i).second() && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] inOrder = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            inOrder[i] = true;
        }
        List<Pair> moved = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!inOrder[i]) {
                moved.add(pairs.get(i));
            }
        }
        return moved;
    }
}
