package org.profstd.parse.kz2023;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.QualificationLevels;
import org.profstd.parse.CardDraft;
import org.profstd.parse.Dates;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Names;
import org.profstd.parse.ParseContext;
import org.profstd.parse.StandardDraft;
import org.profstd.read.TextJoiner;

/**
 * The value of a "Label: value" field, gathered from the fragments that follow the label (the next cells of its row,
 * or the next lines) and stored in the standard or card when the next label comes.
 */
final class Fields {
    /** Parts of the education requirement, each printed in a cell or line of its own. */
    private static final Pattern EDUCATION_PART = Pattern.compile(
            "(?iu)^(Уровень образования|Специальность|Квалификация|Білім деңгейі|Мамандық|Біліктілік)\\s*:.*");
    private static final Pattern VERSION = Pattern.compile("(?iu)(?:версия|нұсқа)\\s*(\\d+)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern LEVEL = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");

    private final StandardDraft standard;
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private Label field;
    private int line;
    private final List<String> parts = new ArrayList<>();
    /** The standard's own title from the passport, and its code as printed. */
    String title;
    String code;
    int codeLine;

    Fields(StandardDraft standard, ParseContext context) {
        this.standard = standard;
        this.joiner = context.joiner();
        this.diagnostics = context.diagnostics();
    }

    void open(Label label, int labelLine) {
        field = label;
        line = labelLine;
        parts.clear();
    }

    void add(Fragment f) {
        if (field != null) {
            parts.add(f.text());
        }
    }

    /** Stores the open field; {@code card} is the card it belongs to, if it is a card field. */
    void flush(CardReader card) {
        if (field == null) {
            return;
        }
        Label label = field;
        field = null;
        String value = value(joiner.join(parts));
        if (label.isCardLabel()) {
            if (card != null) {
                storeInCard(label, value, card);
            }
        } else {
            storeInStandard(label, value);
        }
    }

    private void storeInStandard(Label label, String value) {
        switch (label) {
            case TITLE -> title = value == null ? null : Names.clean(value);
            case CODE -> {
                code = value;
                codeLine = line;
            }
            case DESCRIPTION -> standard.description = value;
            case VERSION -> version(value);
            case REVIEW_DATE -> standard.reviewDate = value == null ? null : Dates.find(value);
            default -> {
            }
        }
    }

    private void storeInCard(Label label, String value, CardReader card) {
        CardDraft d = card.draft;
        switch (label) {
            case GROUP_CODE -> d.groupCode = code(value);
            case OCCUPATION_CODE -> d.code = code(value);
            case PROFESSION_NAME -> {
                card.nameField = value;
                card.nameFieldLine = line;
            }
            case LEVEL -> level(value, d);
            case SUBLEVEL -> d.sublevel = value;
            case EDUCATION -> d.education = education();
            case EXPERIENCE -> d.experience = value;
            case GOAL -> d.goal = value;
            case ALT_NAMES -> parts.stream().map(String::strip).filter(p -> !p.isEmpty() && !p.equals("-"))
                    .forEach(d.altNames::add);
            default -> {
            }
        }
    }

    private void version(String value) {
        if (value == null) {
            return;
        }
        Matcher v = VERSION.matcher(value);
        standard.version = v.find() ? v.group(1) : null;
        Matcher y = YEAR.matcher(value);
        standard.year = y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    private void level(String value, CardDraft d) {
        Matcher m = value == null ? null : LEVEL.matcher(value);
        if (m == null || !m.find()) {
            return;
        }
        int level = Integer.parseInt(m.group(1));
        if (!QualificationLevels.KZ.contains(level)) {
            diagnostics.add(DiagnosticCode.LEVEL_OUT_OF_RANGE, line,
                    "ORK level " + level + " is outside " + QualificationLevels.KZ);
            return;
        }
        d.level = level;
    }

    /** The whole education requirement; its parts (level, speciality, qualification) kept apart by semicolons. */
    private String education() {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && EDUCATION_PART.matcher(part.strip()).matches()) {
                sb.append("; ").append(part.strip());
            } else {
                joiner.append(sb, part);
            }
        }
        return value(sb.toString());
    }

    private static String code(String value) {
        return value == null ? null : value.replaceAll("\\s+", "").replaceAll("[.,;]+$", "");
    }

    /** Clean text of a field, or null when the document leaves it empty or puts a dash. */
    private static String value(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.matches("[-–—]") ? null : t;
    }
}
