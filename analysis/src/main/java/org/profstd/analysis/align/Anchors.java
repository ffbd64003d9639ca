package org.profstd.analysis.align;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a text shares with its translation unchanged: numbers and codes ({@code 3512-1-001}, {@code 62.02}) and
 * Latin terms ({@code SQL}, {@code ITIL}, {@code TCP/IP}). They pair texts across languages without any dictionary.
 */
public final class Anchors {
    private static final Pattern ANCHOR = Pattern.compile("\\d+(?:[.\\-/]\\d+)*|[A-Za-z][A-Za-z0-9+#]*(?:[/\\-][A-Za-z0-9]+)*");

    private Anchors() {
    }

    public static Set<String> of(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        if (text == null) {
            return anchors;
        }
        Matcher m = ANCHOR.matcher(text);
        while (m.find()) {
            anchors.add(m.group().toUpperCase(Locale.ROOT));
        }
        return anchors;
    }
}
