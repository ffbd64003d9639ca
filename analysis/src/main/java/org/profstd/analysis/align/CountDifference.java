package org.profstd.analysis.align;

/** Paired parts whose lists differ in length, e.g. a paired function with 3 skills on one side and 2 on the other. */
public record CountDifference(String path, String what, int first, int second) {
}
