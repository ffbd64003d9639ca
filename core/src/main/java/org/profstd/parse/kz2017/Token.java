package org.profstd.parse.kz2017;

/** What the tokenizer hands the parser: a label (with its number, if it has one) or a piece of text, each with its line. */
sealed interface Token permits Token.LabelToken, Token.TextToken {
    int line();

    /** @param number the number of a numbered label ("Задача 2"), or null */
    record LabelToken(Label label, Integer number, int line) implements Token {
    }

    /** @param opensParagraph whether a new paragraph of the source begins with this text */
    record TextToken(String text, int line, boolean opensParagraph) implements Token {
        /** One integer alone on its line: a page number, a level or a value, as context decides. */
        boolean isLoneNumber() {
            return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(Character::isDigit);
        }

        /** A dash that stands for "none". */
        boolean isDash() {
            return !text.isEmpty() && text.chars().allMatch(c -> c == '-' || c == '–' || c == '—' || c == ' ');
        }
    }
}
