package org.profstd.parse.rumintrud;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.model.DiagnosticCode;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.StandardDraft;

/**
 * Reads the title and section I: registration number, kind of activity and its code, purpose, ОКЗ and ОКВЭД codes.
 * The template prints a caption under each box ("562" then "Регистрационный номер", "06.024" then "Код"), so a value
 * often comes before its label; it is kept as pending until the label claims it.
 */
final class PassportReader {
    private static final Pattern TITLE = Pattern.compile("(?iu)^Профессиональный стандарт\\s*:?\\s*(.*)$");
    private static final Pattern SECTION_I = Pattern.compile("^I\\.\\s.*");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{1,5}");
    private static final Pattern STANDARD_CODE = Pattern.compile("\\d{2}\\.\\d{3}");
    private static final Pattern OKZ = Pattern.compile("\\d{4}");
    private static final Pattern OKVED = Pattern.compile("\\d{2}(?:\\.\\d{1,2}){0,3}");
    private static final Pattern QUOTED = Pattern.compile("^[\"«](.*?)[\"»]?$");

    private enum State { HEAD, TITLE, GENERAL, PURPOSE, OCCUPATIONS, ACTIVITY_CODES }

    private final StandardDraft draft;
    private final Diagnostics diagnostics;
    private State state = State.HEAD;
    /** A value printed above its label, waiting for the label: its text and line. */
    private String pendingValue;
    private int pendingLine;
    private final StringBuilder title = new StringBuilder();
    private final StringBuilder activity = new StringBuilder();
    private final StringBuilder purpose = new StringBuilder();

    PassportReader(StandardDraft draft, Diagnostics diagnostics) {
        this.draft = draft;
        this.diagnostics = diagnostics;
    }

    void read(List<Row> rows) {
        for (Row row : rows) {
            if (!row.isBlank() && !row.isRule()) {
                process(row);
            } else if (state == State.TITLE && !title.isEmpty()) {
                state = State.HEAD;
            }
        }
        draft.title = text(title);
        draft.activity = text(activity);
        draft.purpose = text(purpose);
        int line = rows.isEmpty() ? 0 : rows.get(0).number();
        require(draft.title, line, "the title of the standard");
        require(draft.registrationNumber, line, "the registration number");
        require(draft.code, line, "the code of the kind of professional activity");
        require(draft.activity, line, "the name of the kind of professional activity");
        require(draft.purpose, line, "the purpose of the kind of professional activity");
    }

    private void process(Row row) {
        Label label = Label.of(row.label());
        if (label == Label.REGISTRATION_NUMBER || label == Label.CODE) {
            claim(label, row);
            return;
        }
        if (label == Label.PURPOSE) {
            state = State.PURPOSE;
            append(purpose, row.value());
            return;
        }
        if (label == Label.OCCUPATIONS) {
            state = State.OCCUPATIONS;
            return;
        }
        if (label == Label.ACTIVITY_CODES) {
            state = State.ACTIVITY_CODES;
            return;
        }
        switch (state) {
            case HEAD, TITLE -> head(row);
            case GENERAL -> general(row);
            case PURPOSE -> append(purpose, row.text());
            case OCCUPATIONS -> codes(row, OKZ, draft.okzCodes);
            case ACTIVITY_CODES -> codes(row, OKVED, draft.okedCodes);
        }
    }

    private void head(Row row) {
        String t = row.text();
        Matcher m = TITLE.matcher(t);
        if (m.matches()) {
            state = State.TITLE;
            append(title, unquote(m.group(1)));
        } else if (SECTION_I.matcher(t).matches()) {
            state = State.GENERAL;
        } else if (REGISTRATION_NUMBER.matcher(t).matches()) {
            pend(t, row.number());
        } else if (state == State.TITLE && !t.startsWith("(")) {
            append(title, t);
        } else {
            state = State.HEAD;
        }
    }

    private void general(Row row) {
        for (String cell : row.cells()) {
            if (cell.isEmpty() || cell.startsWith("(")) {
                continue; // captions such as "(наименование вида профессиональной деятельности)"
            }
            if (STANDARD_CODE.matcher(cell).matches()) {
                pend(cell, row.number());
            } else {
                append(activity, cell);
            }
        }
    }

    /** A label takes its value from its own row, or from the value printed above it. */
    private void claim(Label label, Row row) {
        String value = row.value();
        if (value.isEmpty() && pendingValue != null) {
            value = pendingValue;
            diagnostics.add(DiagnosticCode.VALUE_BEFORE_LABEL, pendingLine, "\"" + value
                    + "\" is printed before its label \"" + label.text() + "\" (line " + row.number() + ")");
        }
        pendingValue = null;
        if (value.isEmpty()) {
            return;
        }
        if (label == Label.REGISTRATION_NUMBER) {
            draft.registrationNumber = value;
        } else {
            draft.code = value;
        }
    }

    private void pend(String value, int line) {
        pendingValue = value;
        pendingLine = line;
    }

    private static void codes(Row row, Pattern form, List<String> into) {
        for (String cell : row.cells()) {
            if (form.matcher(cell).matches()) {
                into.add(cell);
            }
        }
    }

    private void require(String value, int line, String what) {
        if (value == null) {
            diagnostics.add(DiagnosticCode.MISSING_FIELD, line, what + " is not printed");
        }
    }

    private static String unquote(String t) {
        Matcher m = QUOTED.matcher(t.strip());
        return m.matches() ? m.group(1).strip() : t.strip();
    }

    private static void append(StringBuilder sb, String text) {
        if (text.isBlank()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(text.strip());
    }

    private static String text(StringBuilder sb) {
        return sb.isEmpty() ? null : sb.toString();
    }
}
