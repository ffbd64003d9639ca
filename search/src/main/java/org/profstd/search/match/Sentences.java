package org.profstd.search.match;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a CV, vacancy or course text into the sentences and list lines that can evidence a requirement. */
public final class Sentences {
    /** Sentence ends, line breaks, semicolons and list bullets end a piece of evidence. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+|[\\n\\r;•▪●·]+|\\s[-–—]\\s");
    private static final int MIN_LENGTH = 3;

    private Sentences() {
    }

    public static List<String> split(String text) {
        return Arrays.stream(BOUNDARY.split(text == null ? "" : text))
                .map(String::strip)
                .map(s -> s.replaceAll("^[-*\\d.)\\s]+", ""))
                .filter(s -> s.length() >= MIN_LENGTH)
                .toList();
    }
}
