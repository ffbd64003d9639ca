package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Where an edition of a standard stands in the registry: the registry stores it, the index filters by it and the
 * interfaces show it, always as its lower-case value.
 */
public enum EditionStatus implements WrittenValue {
    /** The edition in force (of its language). */
    CURRENT("current"),
    /** A newer edition replaced it; it stays readable. */
    SUPERSEDED("superseded"),
    /** Withdrawn with a reason; no edition of the standard is in force. */
    WITHDRAWN("withdrawn");

    private final String value;

    EditionStatus(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Every status as written, in this order: what a filter by status accepts. */
    public static List<String> written() {
        return WrittenValue.written(EditionStatus.class);
    }

    @JsonCreator
    public static EditionStatus of(String value) {
        return WrittenValue.parse(EditionStatus.class, value,
                "edition status must be current, superseded or withdrawn");
    }

    @Override
    public String toString() {
        return value;
    }
}
