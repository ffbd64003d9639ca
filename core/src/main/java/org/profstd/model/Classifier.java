package org.profstd.model;

/**
 * An entry of a national classifier a card names: an occupation group ({@code OKZ}), a qualification handbook
 * position ({@code EKS}), a worker's profession or employee's position ({@code OKPDTR}), a field of education
 * ({@code OKSO}), as the Russian registry XML lists them for a generalized labor function.
 *
 * @param system {@code OKZ}, {@code EKS}, {@code OKPDTR} or {@code OKSO}
 * @param code   the code, normalised; null where the document prints none (the ЕКС has no codes, only "-")
 * @param name   the name the document gives it; null when it gives none
 */
public record Classifier(String system, @Nullable String code, @Nullable String name) {
    public static final String OKZ = "OKZ";
    public static final String EKS = "EKS";
    public static final String OKPDTR = "OKPDTR";
    public static final String OKSO = "OKSO";
}
