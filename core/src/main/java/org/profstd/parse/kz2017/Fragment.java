package org.profstd.parse.kz2017;

/** A piece of text the tokenizer reads as one unit: what the text conversion printed on one line, or one paragraph of a table cell. */
record Fragment(String text, int line) {
}
