package org.profstd.analysis.curriculum;

/**
 * One learning outcome or topic of a discipline.
 *
 * @param kind {@code know}, {@code can}, {@code master} (RU "знать / уметь / владеть"), {@code outcome} or {@code topic}
 * @param line the line of the programme it was read from
 */
public record Outcome(String kind, String text, int line) {
}
