package org.profstd.bench;

import java.util.List;

/**
 * Runs an operation over a list of inputs: a warm-up first (the JIT, the caches of both engines; inputs in turn until
 * its time has passed, at least one), then measured rounds over all inputs until their time has passed (at least one
 * round), so a slow engine on a large registry still finishes.
 */
final class Timing {
    /** One operation on one input. */
    interface Operation {
        void run(String input) throws Exception;
    }

    /**
     * @param warmUpSeconds  the warm-up runs until this much time has passed
     * @param measureSeconds measured rounds run until this much time has passed, or {@code maxRounds}
     */
    record Budget(double warmUpSeconds, double measureSeconds, int maxRounds) {
    }

    private Timing() {
    }

    static Latencies measure(Operation operation, List<String> inputs, Budget budget) throws Exception {
        long warmUpEnd = System.nanoTime() + (long) (budget.warmUpSeconds() * 1e9);
        int warmed = 0;
        do {
            operation.run(inputs.get(warmed++ % inputs.size()));
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
