package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a diagnostic matters; written in JSON, stored and printed as its lower-case value. */
public enum Severity {
    /** Part of the document could not be read. */
    ERROR("error"),
    /** Read, but the document is irregular there. */
    WARNING("warning"),
    /** Worth knowing; nothing was lost. */
    INFO("info");

    private final String value;

    Severity(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
