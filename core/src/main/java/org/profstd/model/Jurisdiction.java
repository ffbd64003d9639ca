package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The country whose system of professional standards a standard belongs to; written, stored and shown in capitals. */
public enum Jurisdiction {
    /** Kazakhstan (the KZ 2017 and KZ 2023 templates). */
    KZ("KZ"),
    /** Russia (the Mintrud template and its registry XML). */
    RU("RU");

    private final String value;

    Jurisdiction(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The other country: the one a standard is compared with. */
    public Jurisdiction other() {
        return this == KZ ? RU : KZ;
    }

    /** Every jurisdiction as written, in this order: what a filter by jurisdiction accepts. */
    public static List<String> written() {
        return Arrays.stream(values()).map(Jurisdiction::value).toList();
    }

    /** The jurisdiction written as {@code value}; null for null. */
    @JsonCreator
    public static Jurisdiction of(String value) {
        if (value == null) {
            return null;
        }
        for (Jurisdiction j : values()) {
            if (j.value.equals(value)) {
                return j;
            }
        }
        throw new IllegalArgumentException("a jurisdiction is KZ or RU, not " + value);
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
