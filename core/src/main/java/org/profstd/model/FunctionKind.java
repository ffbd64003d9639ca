package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a KZ standard lists a labor function of a card as required or as additional; written in JSON and stored as
 * its lower-case value.
 */
public enum FunctionKind implements WrittenValue {
    REQUIRED("required"),
    ADDITIONAL("additional");

    private final String value;

    FunctionKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The kind written as {@code value}; null for null (a function whose document does not say). */
    @JsonCreator
    public static FunctionKind of(String value) {
        return value == null ? null : WrittenValue.parse(FunctionKind.class, value,
                "a labor function is required or additional");
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
