package org.profstd.model;

/**
 * The order that approves or amends standards.
 *
 * @param issuer the body that issued it, as printed
 * @param number its number as printed ({@code 209/НК}, {@code 688н})
 * @param date   ISO date ({@code 2026-04-20})
 * @param kind   whether it approves or amends
 * @param title  its title, when printed
 * @param amends the act this one amends, for an amendment
 */
public record LegalAct(@Nullable String issuer, String number, @Nullable String date, ActKind kind,
        @Nullable String title, @Nullable ActRef amends) {
}
