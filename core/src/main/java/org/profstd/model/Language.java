package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The language a standard (or the document holding it) is written in, as its ISO 639-1 code. Only the two languages
 * standards are published in; the languages of the interface and of job postings are a different matter.
 */
public enum Language implements WrittenValue {
    RU("ru"),
    KK("kk");

    private final String value;

    Language(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Every language as written, in this order: what a filter by language accepts. */
    public static List<String> written() {
        return WrittenValue.written(Language.class);
    }

    /** The language written as {@code value}; null for null. */
    @JsonCreator
    public static Language of(String value) {
        return value == null ? null : WrittenValue.parse(Language.class, value, "a standard is written in ru or kk");
    }

    /** The code of a language that may be unknown, read as Russian then (the language most standards are in). */
    public static String codeOrRussian(@Nullable Language language) {
        return language == null ? RU.value : language.value;
    }

    /** The JSON value, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return value;
    }
}
