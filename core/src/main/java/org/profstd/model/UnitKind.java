package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** What a unit of a labor function is; written in JSON, stored and indexed as its lower-case value. */
public enum UnitKind implements WrittenValue {
    /** A task of a KZ 2017 standard. */
    TASK("task"),
    /** A skill of a KZ 2023 standard. */
    SKILL("skill"),
    /** The labor function itself, where the document does not break it up (RU standards, some KZ 2017 ones). */
    FUNCTION("function");

    private final String value;

    UnitKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Every kind as written, in this order. */
    public static List<String> written() {
        return WrittenValue.written(UnitKind.class);
    }

    /** The kind written as {@code value}; null for null. */
    @JsonCreator
    public static UnitKind of(String value) {
        return value == null ? null : WrittenValue.parse(UnitKind.class, value,
                "a unit is a task, a skill or a function");
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
