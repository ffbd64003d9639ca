package org.profstd.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value of a fixed set (an enum of the model) as it is written in the canonical JSON, stored and indexed: one way
 * for every such enum to be read back from what it wrote and to list what it accepts.
 */
public interface WrittenValue {
    /** The value as written. */
    String value();

    /**
     * The constant of {@code type} written as {@code value}.
     *
     * @param refusal what the set is, for the message refusing any other value ("a jurisdiction is KZ or RU")
     */
    static <E extends Enum<E> & WrittenValue> E parse(Class<E> type, String value, String refusal) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(refusal + ", not " + value);
    }

    /** Every constant of {@code type} as written, in their order: what a filter by that value accepts. */
    static <E extends Enum<E> & WrittenValue> List<String> written(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WrittenValue::value).toList();
    }
}
