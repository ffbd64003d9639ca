package org.profstd.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An education or experience requirement cut into its options and their labelled parts, as the card templates
 * print them in one cell ("Уровень образования: ... Специальность: ... Квалификация: -", once per acceptable
 * education). Parts left blank or "-" by the document are dropped; a text without labels is one option of one part.
 */
public final class Requirement {
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(Уровень образования|Специальность|Квалификация|Білім деңгейі|Мамандық|Біліктілік)\\s*:");
    private static final Pattern OPTION_START = Pattern.compile("(?iu)Уровень образования|Білім деңгейі");

    private Requirement() {
    }

    /** One labelled part of an option; {@code label} is null for text the document gives without a label. */
    public record Part(String label, String value) {
    }

    public static List<List<Part>> options(String text) {
        List<List<Part>> options = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        Matcher m = LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.isEmpty()) {
            options.add(List.of(new Part(null, text.strip())));
            return options;
        }
        String before = text.substring(0, labels.get(0)[0]).strip();
        List<Part> option = new ArrayList<>();
        if (!before.isEmpty()) {
            option.add(new Part(null, before));
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = text.substring(labels.get(i)[0], labels.get(i)[1] - 1).strip();
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String value = text.substring(labels.get(i)[1], end).strip().replaceAll("[;,]$", "").strip();
            if (OPTION_START.matcher(label).matches() && !option.isEmpty()) {
                options.add(option);
                option = new ArrayList<>();
            }
            if (!value.isEmpty() && !value.equals("-") && !value.equals("–") && !value.equals("—")) {
                option.add(new Part(label, value));
            }
        }
        if (!option.isEmpty()) {
            options.add(option);
        }
        return options;
    }
}
