package org.profstd.fuzz;

/** The bounds a fuzz input must stay within, shared by the targets and the seeded-mutation test. */
final class FuzzLimits {
    /**
     * No input may take longer to parse than this. The largest corpus document (an order of 14 standards, 1 MB) parses
     * in well under a second; an input that takes this long is a hang, and becomes a libFuzzer timeout when fuzzing.
     */
    static final long SECONDS_PER_INPUT = 20;

    private FuzzLimits() {
    }
}
