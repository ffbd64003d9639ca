package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The country whose system of professional standards a standard belongs to; written, stored and shown in capitals. */
public enum Jurisdiction implements WrittenValue {
    /** Kazakhstan (the KZ 2017 and KZ 2023 templates). */
    KZ("KZ"),
    /** Russia (the Mintrud template and its registry XML). */
    RU("RU");

    private final String value;

    Jurisdiction(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The other country: the one a standard is compared with. */
    public Jurisdiction other() {
        return this == KZ ? RU : KZ;
    }

    /** Every jurisdiction as written, in this order: what a filter by jurisdiction accepts. */
    public static List<String> written() {
        return WrittenValue.written(Jurisdiction.class);
    }

    /** The jurisdiction written as {@code value}; null for null. */
    @JsonCreator
    public static Jurisdiction of(String value) {
        return value == null ? null : WrittenValue.parse(Jurisdiction.class, value, "a jurisdiction is KZ or RU");
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
