package org.profstd.parse.kz2017;

/**
 * A piece of text the tokenizer reads as one unit: what the text conversion printed on one line, or one paragraph of a
 * table cell.
 *
 * @param opensParagraph whether a new paragraph of the source begins here (a glossary entry may begin only there)
 */
record Fragment(String text, int line, boolean opensParagraph) {
}
