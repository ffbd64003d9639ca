package org.profstd.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of a PDF page by page. Text inside a ruled table (a form printed by a word processor) is read as
 * the table it is: the borders give the cells ({@link RuledTables}), the glyphs inside a cell give its paragraphs
 * ({@link PdfCellText}), and {@link PdfFlow} makes rows of them across pages. Text outside any table is read line by
 * line, a line split into cells where the horizontal gap between two glyphs is much wider than a space: that is how a
 * table without borders looks.
 */
final class PdfLines extends PDFTextStripper {
    /** A gap wider than this many font sizes (ems) separates two cells; word spaces stay well below one em. */
    static final float CELL_GAP_EMS = 1.5f;

    private final PdfFlow flow = new PdfFlow();
    private final List<List<TextPosition>> chunks = new ArrayList<>();
    private final List<PdfFlow.FreeLine> freeLines = new ArrayList<>();

    private PdfLines() throws IOException {
        setSortByPosition(true);
    }

    static List<SourceLine> of(PDDocument document) throws IOException {
        PdfLines collector = new PdfLines();
        collector.writeText(document, new StringWriter());
        return collector.flow.lines();
    }

    @Override
    protected void writePage() throws IOException {
        PDPage page = getCurrentPage();
        List<RuledTable> tables = RuledTables.of(PdfRules.of(page));
        Map<RuledTable, Map<RuledTable.Cell, List<TextPosition>>> glyphs = new LinkedHashMap<>();
        for (List<TextPosition> article : charactersByArticle) {
            article.removeIf(glyph -> placeInTable(glyph, tables, glyphs));
        }
        freeLines.clear();
        super.writePage();
        endLine();
        List<PdfFlow.PageTable> pageTables = new ArrayList<>();
        for (RuledTable table : tables) {
            Map<Integer, List<String>> paragraphs = new HashMap<>();
            glyphs.getOrDefault(table, Map.of()).forEach((cell, cellGlyphs) -> paragraphs.put(cell.index(),
                    PdfCellText.paragraphs(cellGlyphs, cell.right())));
            pageTables.add(new PdfFlow.PageTable(table, paragraphs));
        }
        flow.page(List.copyOf(freeLines), pageTables, page.getCropBox().getHeight());
    }

    /** Puts a glyph into the table cell it stands in; false when it stands outside every table. */
    private static boolean placeInTable(TextPosition glyph, List<RuledTable> tables,
                                        Map<RuledTable, Map<RuledTable.Cell, List<TextPosition>>> glyphs) {
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = glyph.getYDirAdj() - 0.3f * PdfTextLine.em(glyph);
        for (RuledTable table : tables) {
            RuledTable.Cell cell = table.cellAt(x, y);
            if (cell != null) {
                glyphs.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .computeIfAbsent(cell, c -> new ArrayList<>()).add(glyph);
                return true;
            }
        }
        return false;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        chunks.add(List.copyOf(positions));
    }

    @Override
    protected void writeWordSeparator() {
        // the gap between the chunks decides: a space or a new cell
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        if (chunks.isEmpty()) {
            return;
        }
        float top = Float.MAX_VALUE;
        for (List<TextPosition> chunk : chunks) {
            for (TextPosition glyph : chunk) {
                top = Math.min(top, glyph.getYDirAdj() - PdfTextLine.em(glyph));
            }
        }
        List<String> cells = cells(chunks);
        chunks.clear();
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            freeLines.add(new PdfFlow.FreeLine(top, cells));
        }
    }

    /** The text of one line split into cells at wide gaps; word spaces kept where printed or where glyphs stand apart. */
    static List<String> cells(List<List<TextPosition>> chunks) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        TextPosition last = null;
        boolean space = false;
        for (List<TextPosition> chunk : chunks) {
            space = last != null;
            for (TextPosition glyph : chunk) {
                String unicode = glyph.getUnicode();
                if (unicode == null || unicode.isBlank()) {
                    space = last != null;
                    continue;
                }
                if (last != null) {
                    float gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                    float em = Math.max(PdfTextLine.em(glyph), PdfTextLine.em(last));
                    if (gap > CELL_GAP_EMS * em) {
                        cells.add(cell.toString());
                        cell = new StringBuilder();
                    } else if (space || gap > PdfTextLine.WORD_GAP_EMS * em) {
                        cell.append(' ');
                    }
                }
                cell.append(unicode);
                last = glyph;
                space = false;
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
