package org.profstd.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void theOptimalAssignmentBeatsGreedyBestFirst() {
        // greedy would take row 0 - column 0 (0.90) and be left with row 1 - column 1 (0.10)
        double[][] score = {{0.90, 0.85}, {0.80, 0.10}};
        assertThat(Assignment.maximize(score)).containsExactly(1, 0);
    }

    @Test
    void rectangularMatricesLeaveRowsOrColumnsUnassigned() {
        double[][] wide = {{0.1, 0.9, 0.2}, {0.8, 0.3, 0.1}};
        assertThat(Assignment.maximize(wide)).containsExactly(1, 0);
        double[][] tall = {{0.1}, {0.9}, {0.5}};
        assertThat(Assignment.maximize(tall)).containsExactly(-1, 0, -1);
        assertThat(Assignment.maximize(new double[0][0])).isEmpty();
    }

    @Test
    void aLargerPermutationIsRecovered() {
        int n = 7;
        int[] hidden = {3, 0, 6, 1, 5, 2, 4};
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                score[i][j] = j == hidden[i] ? 0.6 : 0.5 - 0.01 * ((i + j) % 5);
            }
        }
        assertThat(Assignment.maximize(score)).containsExactly(hidden);
    }

    @Test
    void pairingDropsPairsBelowTheThresholdAndFindsMovedOnes() {
        List<String> old = List.of("a", "b", "c", "x");
        List<String> neu = List.of("b", "c", "a", "y");
        Pairing pairing = Pairing.of(old, neu, (p, q) -> p.equals(q) ? 1.0 : 0.0, 0.5);
        assertThat(pairing.pairs()).extracting(Pairing.Pair::first, Pairing.Pair::second)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(1, 0),
                        org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(pairing.onlyInFirst()).containsExactly(3);
        assertThat(pairing.onlyInSecond()).containsExactly(3);
        // b and c kept their relative order; a moved from first to third
        assertThat(pairing.moved()).extracting(Pairing.Pair::first).containsExactly(0);
    }
}
