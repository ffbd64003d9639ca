package org.profstd.analysis.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a programme in the shapes universities publish it: a heading per discipline or module ("Дисциплина",
 * "Модуль", "Пән", "Module", "Discipline", or a markdown heading), under it the outcomes as list items or lines,
 * grouped by labels ("знать:", "уметь:", "владеть:", "Результаты обучения:", "Learning outcomes:", "Темы:",
 * "Topics:"). A label may carry its first outcome on the same line. Lines before the first discipline are the
 * programme's title and preamble.
 */
public final class ProgrammeReader {
    private static final Pattern DISCIPLINE = Pattern.compile(
            "^(?:#+\\s*)?(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:дисциплина|модуль|пән|module|discipline|course)(?!\\p{L})\\s*"
                    + "(?:\\d+(?:\\.\\d+)*)?\\s*[:.«\"–-]?\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING = Pattern.compile("^#{2,}\\s*(.+)$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[-*•]\\s*)?(знать|уметь|владеть|результаты обучения|learning outcomes|outcomes|темы|содержание|topics"
                    + "|білу|істей білу|меңгеру|оқыту нәтижелері)(?!\\p{L})[^:]*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*•–]|\\d+[.)]|[а-яa-z][.)])\\s+");

    private ProgrammeReader() {
    }

    /** @throws IllegalArgumentException when the text has no discipline or module with outcomes */
    public static Programme read(String file, String text) {
        String title = null;
        List<Discipline> disciplines = new ArrayList<>();
        String name = null;
        int nameLine = 0;
        List<Outcome> outcomes = new ArrayList<>();
        String kind = "outcome";
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String discipline = discipline(line);
            if (discipline != null) {
                add(disciplines, name, nameLine, outcomes);
                name = discipline;
                nameLine = i + 1;
                outcomes = new ArrayList<>();
                kind = "outcome";
                continue;
            }
            if (name == null) {
                title = title == null ? unmarked(line.replaceFirst("^#+\\s*", "")) : title;
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                kind = kind(label.group(1));
                line = label.group(2).strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            for (String part : line.split(";")) {
                String outcome = unmarked(part);
                if (!outcome.isBlank()) {
                    outcomes.add(new Outcome(kind, outcome, i + 1));
                }
            }
        }
        add(disciplines, name, nameLine, outcomes);
        if (disciplines.isEmpty()) {
            throw new IllegalArgumentException(file + ": no discipline or module with learning outcomes was found"
                    + " (expected headings such as \"Дисциплина ...\", \"Модуль ...\" or \"Module ...\")");
        }
        return new Programme(file, title, disciplines);
    }

    private static String discipline(String line) {
        Matcher m = DISCIPLINE.matcher(line);
        if (m.matches() && !LABEL.matcher(line).matches()) {
            return clean(m.group(1));
        }
        Matcher h = HEADING.matcher(line);
        return h.matches() ? clean(h.group(1)) : null;
    }

    private static String clean(String name) {
        return name.replaceAll("^[«\"“]+|[»\"”]+$", "").replaceAll("[«»\"“”]", "").strip();
    }

    private static void add(List<Discipline> disciplines, String name, int line, List<Outcome> outcomes) {
        if (name != null && !outcomes.isEmpty()) {
            disciplines.add(new Discipline(name, line, outcomes));
        }
    }

    private static String unmarked(String line) {
        return LIST_MARK.matcher(line.strip()).replaceFirst("").replaceAll("[.;,]+$", "").strip();
    }

    private static String kind(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("знать") || l.equals("білу")) {
            return "know";
        }
        if (l.equals("уметь") || l.equals("істей білу")) {
            return "can";
        }
        if (l.equals("владеть") || l.equals("меңгеру")) {
            return "master";
        }
        if (l.equals("темы") || l.equals("содержание") || l.equals("topics")) {
            return "topic";
        }
        return "outcome";
    }
}
