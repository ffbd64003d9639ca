package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a legal act does to the standards it carries; written in JSON and stored as its lower-case value. */
public enum ActKind implements WrittenValue {
    /** The act approves the standards (a new standard or a new edition). */
    APPROVAL("approval"),
    /** The act amends another act's standards. */
    AMENDMENT("amendment");

    private final String value;

    ActKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The kind written as {@code value}; null for null (a stored act whose kind was never printed). */
    @JsonCreator
    public static ActKind of(String value) {
        return value == null ? null : WrittenValue.parse(ActKind.class, value, "an act is an approval or an amendment");
    }

    @Override
    public String toString() {
        return value;
    }
}
