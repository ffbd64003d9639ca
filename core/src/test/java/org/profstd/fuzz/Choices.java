package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the structured mutators take their decisions from: Jazzer's fuzzed data while fuzzing (so the fuzzer learns
 * which decisions reach new code), or a seeded random generator in the seeded-mutation test that runs in every
 * build. The mutators are the same; only the source of decisions differs.
 */
interface Choices {
    /** An int in {@code [min, max]}, both inclusive. */
    int pick(int min, int max);

    default boolean coin() {
        return pick(0, 1) == 1;
    }

    default <T> T oneOf(List<T> options) {
        return options.get(pick(0, options.size() - 1));
    }

    static Choices of(FuzzedDataProvider data) {
        return data::consumeInt;
    }

    static Choices seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (min, max) -> random.nextInt(min, max + 1);
    }
}
