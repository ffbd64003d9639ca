package org.profstd.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the text lines of a PDF with the positions of their glyphs, and splits each line into cells where the
 * horizontal gap between two glyphs is much wider than a space: that is how a table row looks once its borders are
 * gone. PDFBox finds the lines (sorted by position, so the cells of one row end up on one line); this class only
 * decides where one cell ends and the next begins.
 */
final class PdfLines extends PDFTextStripper {
    /** A gap wider than this many font sizes (ems) separates two cells; word spaces stay well below one em. */
    static final float CELL_GAP_EMS = 1.5f;
    /** A gap wider than this many ems between glyphs is a word space even when no space glyph was printed. */
    private static final float WORD_GAP_EMS = 0.15f;

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<List<TextPosition>> chunks = new ArrayList<>();

    private PdfLines() throws IOException {
        setSortByPosition(true);
    }

    static List<SourceLine> of(PDDocument document) throws IOException {
        PdfLines collector = new PdfLines();
        collector.writeText(document, new StringWriter());
        collector.endLine();
        return collector.lines;
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
        List<String> cells = cells(chunks);
        chunks.clear();
        List<List<String>> cellParagraphs = cells.stream().map(List::of).toList();
        SourceLine line = SourceLines.ofCells(lines.size() + 1, cellParagraphs, 0);
        if (!line.isBlank()) {
            lines.add(line);
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
                    float em = Math.max(1f, Math.max(glyph.getFontSizeInPt(), last.getFontSizeInPt()));
                    if (gap > CELL_GAP_EMS * em) {
                        cells.add(cell.toString());
                        cell = new StringBuilder();
                    } else if (space || gap > WORD_GAP_EMS * em) {
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
