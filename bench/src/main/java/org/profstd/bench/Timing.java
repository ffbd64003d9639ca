package org.profstd.bench;

import java.util.List;

/**
 * Runs an operation over a list of inputs in rounds: warm-up rounds first (the JIT, the caches of both engines), then
 * measured rounds, each bounded by time so a slow engine on a large registry still finishes; at least one round each.
 */
final class Timing {
    /** One operation on one input. */
    interface Operation {
        void run(String input) throws Exception;
    }

    /**
     * @param warmUpSeconds  warm-up rounds run until this much time has passed
     * @param measureSeconds measured rounds run until this much time has passed, or {@code maxRounds}
     */
    record Budget(double warmUpSeconds, double measureSeconds, int maxRounds) {
    }

    private Timing() {
    }

    static Latencies measure(Operation operation, List<String> inputs, Budget budget) throws Exception {
        long warmUpEnd = System.nanoTime() + (long) (budget.warmUpSeconds() * 1e9);
        do {
            for (String input : inputs) {
                operation.run(input);
            }
        } while (System.nanoTime() < warmUpEnd);
        Latencies latencies = new Latencies();
        long measureEnd = System.nanoTime() + (long) (budget.measureSeconds() * 1e9);
        int rounds = 0;
        do {
            for (String input : inputs) {
                long start = System.nanoTime();
                operation.run(input);
                latencies.add(System.nanoTime() - start);
            }
            rounds++;
        } while (rounds < budget.maxRounds() && System.nanoTime() < measureEnd);
        return latencies;
    }
}
