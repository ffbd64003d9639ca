package org.profstd.analysis.equivalence;

/**
 * A requirement of a function: what a worker does, is able to do or knows.
 *
 * @param kind {@code action} (RU labor actions, KZ skill or task names), {@code ability} or {@code knowledge}
 * @param line where it is printed, 0 when not known
 */
public record Requirement(String kind, String text, int line) {
    public static final String ACTION = "action";
    public static final String ABILITY = "ability";
    public static final String KNOWLEDGE = "knowledge";
}
