package org.profstd.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.profstd.read.Cell;
import org.profstd.read.Readers;
import org.profstd.read.FileFormat;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;
import org.profstd.read.UnreadableDocumentException;

/**
 * The seeds of the HTML target. The corpus holds no web page, so the seeds are its DOCX documents as a legal portal
 * would publish them: a paragraph per line of one cell, a table row per line of several cells, the paragraphs of a
 * cell as paragraphs inside it. They are made at run time from the corpus; nothing of it lands in the repository.
 */
final class HtmlSeeds {
    private HtmlSeeds() {
    }

    static List<byte[]> all() {
        return CorpusSeeds.files(CorpusSeeds.DOCX).stream().map(HtmlSeeds::of).toList();
    }

    static byte[] of(Path docx) {
        return page(CorpusSeeds.bytes(docx));
    }

    /** The page of a corpus DOCX given as bytes; made once per document, as the seeded test asks for it each time. */
    static byte[] page(byte[] docx) {
        synchronized (PAGES) {
            return PAGES.computeIfAbsent(docx, HtmlSeeds::pageOf);
        }
    }

    private static final java.util.Map<byte[], byte[]> PAGES = new java.util.IdentityHashMap<>();

    private static byte[] pageOf(byte[] docx) {
        try {
            return page(Readers.read("seed.docx", docx, FileFormat.sniff(docx)));
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException("a corpus DOCX cannot be read", e);
        }
    }

    static byte[] page(SourceText text) {
        Document page = Document.createShell("");
        page.charset(StandardCharsets.UTF_8);
        Element body = page.body();
        Element table = null;
        for (SourceLine line : text.lines()) {
            if (line.cells().size() == 1) {
                table = null;
                for (String paragraph : line.cell(0).paragraphs()) {
                    body.appendElement("p").text(paragraph);
                }
                continue;
            }
            if (table == null) {
                table = body.appendElement("table");
            }
            Element row = table.appendElement("tr");
            for (Cell cell : line.cells()) {
                Element td = row.appendElement("td");
                for (String paragraph : cell.paragraphs()) {
                    td.appendElement("p").text(paragraph);
                }
            }
        }
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
}
