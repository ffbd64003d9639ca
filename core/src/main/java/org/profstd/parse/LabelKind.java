package org.profstd.parse;

/** How a label's phrase stands in the text; the family's reader decides what the kind means for the value after it. */
public enum LabelKind {
    /** Followed by a value or by nothing. */
    PLAIN,
    /** A section heading that may carry a list number ("4. Наименование ПС:"). */
    NUMBERED_HEADING,
    /** Followed by its number ("Задача 2:", "Навык 1"). */
    NUMBERED,
    /** Opens a list ("Умения:") only when a colon or the end of the line follows, since items start with its words. */
    LIST_HEAD,
    /** Known by its first word alone, as the rest of its wording varies ("Уровень (подуровень) квалификации"). */
    FIRST_WORD
}
