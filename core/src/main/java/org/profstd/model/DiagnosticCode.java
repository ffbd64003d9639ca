package org.profstd.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of irregularity a reader or parser reports. Each has a stable code (used in JSON and tests), a default
 * severity and an explanation an author of a standard can act on.
 */
public enum DiagnosticCode {
    // the document as a whole
    NOT_A_STANDARD("not-a-standard", Severity.ERROR, "The document does not look like a professional standard."),
    UNKNOWN_TEMPLATE("unknown-template", Severity.ERROR, "The template family of this part could not be recognised."),
    ENCODING_GUESSED("encoding-guessed", Severity.INFO, "The text encoding was not declared and was guessed."),
    PARSER_FAILED("parser-failed", Severity.ERROR,
            "The reader stopped at this standard on a fault of its own; the standard holds what was read before."),
    TRUNCATED("truncated", Severity.INFO, "More diagnostics were found than are kept; the rest were only counted."),
    NO_TEXT_LAYER("no-text-layer", Severity.ERROR, "The PDF has no text layer (a scan); it cannot be read."),

    // sections and fields
    MISSING_SECTION("missing-section", Severity.WARNING, "A section the template requires is missing."),
    MISSING_FIELD("missing-field", Severity.WARNING, "A field the template requires is empty or missing."),
    MISSING_TITLE("missing-title", Severity.WARNING, "The standard has no title line; the title was taken from elsewhere."),
    MISSING_APPENDIX_HEADER("missing-appendix-header", Severity.WARNING, "The standard has no \"Приложение\" header of its own."),
    LABEL_OUT_OF_PLACE("label-out-of-place", Severity.WARNING, "A label stands where the template does not put it."),
    LABEL_OTHER_LANGUAGE("label-other-language", Severity.INFO, "A label is written in the other language of the document."),
    VALUE_BEFORE_LABEL("value-before-label", Severity.INFO, "A value is printed before its label."),
    UNKNOWN_LINE("unknown-line", Severity.INFO, "A line could not be placed in the structure and was skipped."),

    // numbering
    NUMBER_SKIPPED("number-skipped", Severity.WARNING, "The numbering skips a number."),
    NUMBER_REPEATED("number-repeated", Severity.WARNING, "The numbering repeats a number."),
    LIST_RESTARTED("list-restarted", Severity.WARNING, "A numbered list starts again from 1 in the middle."),
    FUNCTION_NUMBER_SKIPPED("function-number-skipped", Severity.WARNING, "The labor function numbering skips a number."),
    CARD_NUMBER_SKIPPED("card-number-skipped", Severity.WARNING, "The profession card numbering skips a number."),

    // values
    LEVEL_OUT_OF_RANGE("level-out-of-range", Severity.ERROR, "The qualification level is outside the framework."),
    LEVEL_MISSING("level-missing", Severity.WARNING, "The card has no qualification level."),
    CODE_MALFORMED("code-malformed", Severity.WARNING, "A code is not in the form the template requires."),
    CODE_CYRILLIC("code-cyrillic", Severity.INFO, "A code was printed with Cyrillic letters and was normalised to Latin."),
    NAME_MISMATCH("name-mismatch", Severity.WARNING, "A name differs between a list and the card or section it names."),
    CARD_LIST_MISMATCH("card-list-mismatch", Severity.WARNING, "The list of cards does not match the cards in the document."),
    EMPTY_NAME("empty-name", Severity.WARNING, "A name is empty in the document."),
    EMPTY_UNIT("empty-unit", Severity.WARNING, "A skill or task has no abilities or knowledge."),
    EMPTY_FUNCTION("empty-function", Severity.WARNING, "A labor function has no skills or tasks."),
    DUPLICATE_CARD("duplicate-card", Severity.WARNING, "The same card appears twice."),
    LETTER_SPACED("letter-spaced", Severity.INFO, "A word was printed letter-spaced and was joined again."),
    ROW_CONTINUED("row-continued", Severity.INFO, "A table row broken by a page break was joined again."),
    ITEMS_SWAPPED("items-swapped", Severity.WARNING, "Abilities and knowledge were swapped in the source and were put right."),
    SECTIONS_DIFFER("sections-differ", Severity.WARNING, "Two sections of the document name the same thing differently."),
    ITEM_OUT_OF_PLACE("item-out-of-place", Severity.WARNING,
            "An item was printed in a neighbouring cell of the table and was put back in its list."),
    ACTS_DIFFER("acts-differ", Severity.INFO, "The standards of one file were approved by different orders; the file is given no single act."),
    PAGE_NUMBER_REMOVED("page-number-removed", Severity.INFO, "A page number of the printed original stood inside the text and was removed.");

    private final String code;
    private final Severity severity;
    private final String explanation;

    DiagnosticCode(String code, Severity severity, String explanation) {
        this.code = code;
        this.severity = severity;
        this.explanation = explanation;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** A plain-language sentence for authors: what this kind of diagnostic means. */
    public String explanation() {
        return explanation;
    }

    public Diagnostic at(int line, String message) {
        return new Diagnostic(severity, this, line, message);
    }

    /** The code as written in JSON and stored, so that messages and tables print what the canonical JSON holds. */
    @Override
    public String toString() {
        return code;
    }

    @JsonCreator
    public static DiagnosticCode byCode(String code) {
        for (DiagnosticCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown diagnostic code: " + code);
    }
}
