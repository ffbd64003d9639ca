package org.profstd.parse;

import org.profstd.read.FileFormat;

/**
 * Whether the paragraphs of a document's table cells are the lines of its printed page. In a DOCX a paragraph or a
 * line break inside one, and in a PDF a line the text shows to end on purpose, is such a line, so a new capitalised
 * sentence there starts a new item ({@link ItemCollector#paragraph}). The paragraphs of a text conversion are whatever
 * the converting tool made of the page, and a line there is often only where the tool wrapped the text.
 */
public final class ItemParagraphs {
    private ItemParagraphs() {
    }

    public static boolean arePrintedLines(String format) {
        return FileFormat.DOCX.id().equals(format) || FileFormat.PDF.id().equals(format);
    }
}
