package org.profstd.analysis.curriculum;

/**
 * An outcome of a discipline that covers a requirement of a labor function.
 *
 * @param function    the index of the function in the report's list
 * @param requirement the requirement as the standard prints it
 * @param kind        {@code action}, {@code ability}, {@code knowledge} or {@code skill}
 */
public record Evidence(String discipline, String outcome, int outcomeLine, int function, String requirement,
        String kind, int requirementLine, double similarity) {
}
