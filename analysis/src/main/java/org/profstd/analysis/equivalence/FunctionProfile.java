package org.profstd.analysis.equivalence;

import org.profstd.analysis.Describe;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.model.LaborFunction;

/** A labor function prepared once for comparing with many: its name, and its name with everything it holds. */
record FunctionProfile(LaborFunction function, TextProfile name, TextProfile content) {
    private static final double NAME_WEIGHT = 0.5;

    static FunctionProfile of(LaborFunction function, String language) {
        return new FunctionProfile(function, TextProfile.of(function.name(), language),
                TextProfile.of(function.name() + " " + Describe.functionContent(function), language));
    }

    /**
     * Half the likeness of the names, half that of the whole content: two standards word the same function
     * differently, and its skills and knowledge say what it is when the names diverge.
     */
    double similarity(FunctionProfile other) {
        return NAME_WEIGHT * Similarity.score(name, other.name)
                + (1 - NAME_WEIGHT) * Similarity.score(content, other.content);
    }

    /** {@code A/01.3 «…»} for an RU function, the name alone for a KZ one. */
    String label() {
        return function.code() == null ? function.name() : function.code() + " " + function.name();
    }
}
