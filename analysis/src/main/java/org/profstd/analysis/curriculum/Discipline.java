package org.profstd.analysis.curriculum;

import java.util.List;

/** A discipline or module of a programme with its learning outcomes or topics. */
public record Discipline(String name, int line, List<Outcome> outcomes) {
    public Discipline {
        outcomes = List.copyOf(outcomes);
    }
}
