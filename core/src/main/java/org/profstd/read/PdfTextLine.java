package org.profstd.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * One printed line inside a table cell: its text, where it starts and ends, and how wide its first word and first
 * glyph are. These widths tell a wrapped line from a new paragraph: a word processor moves a word to the next line only
 * when it does not fit on the line before.
 *
 * @param em the font size, the unit of the gaps
 * @param baseline the height of the line's baseline from the top of the page
 * @param boldStart whether the line starts in a bold font
 * @param boldEnd whether the line ends in a bold font
 */
record PdfTextLine(String text, float left, float right, float firstWordRight, float firstGlyphWidth, float em,
                   float baseline, boolean boldStart, boolean boldEnd) {
    /** A gap wider than this many ems between glyphs is a word space even when no space glyph was printed. */
    static final float WORD_GAP_EMS = 0.15f;
    /** Glyphs whose baselines differ by less than this many ems stand on one line. */
    private static final float SAME_LINE_EMS = 0.5f;

    /** The glyphs of a cell grouped into lines, top to bottom, each line's glyphs left to right. */
    static List<PdfTextLine> of(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(TextPosition::getYDirAdj).thenComparing(TextPosition::getXDirAdj));
        List<PdfTextLine> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        float baseline = 0;
        for (TextPosition glyph : sorted) {
            if (!line.isEmpty() && glyph.getYDirAdj() - baseline > SAME_LINE_EMS * em(glyph)) {
                addLine(lines, line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = glyph.getYDirAdj();
            }
            line.add(glyph);
        }
        addLine(lines, line);
        return lines;
    }

    static float em(TextPosition glyph) {
        return Math.max(1f, glyph.getFontSizeInPt());
    }

    private static void addLine(List<PdfTextLine> lines, List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
        StringBuilder text = new StringBuilder();
        TextPosition last = null;
        boolean space = false;
        float left = Float.NaN;
        float firstWordRight = Float.NaN;
        float firstGlyphWidth = 0;
        float em = 1;
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                space = last != null;
                continue;
            }
            if (last != null) {
                float gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                if (space || gap > WORD_GAP_EMS * Math.max(em(glyph), em(last))) {
                    text.append(' ');
                    if (Float.isNaN(firstWordRight)) {
                        firstWordRight = last.getXDirAdj() + last.getWidthDirAdj();
                    }
                }
            } else {
                left = glyph.getXDirAdj();
                firstGlyphWidth = glyph.getWidthDirAdj();
            }
            em = Math.max(em, em(glyph));
            text.append(unicode);
            last = glyph;
            space = false;
        }
        if (last == null) {
            return;
        }
        float right = last.getXDirAdj() + last.getWidthDirAdj();
        TextPosition first = glyphs.stream().filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank())
                .findFirst().orElse(last);
        lines.add(new PdfTextLine(text.toString(), left, right,
                Float.isNaN(firstWordRight) ? right : firstWordRight, firstGlyphWidth, em, first.getYDirAdj(),
                bold(first), bold(last)));
    }

    /** Whether a glyph is set in a bold face: the font's name says so, or its descriptor. */
    static boolean bold(TextPosition glyph) {
        PDFont font = glyph.getFont();
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
    }

    /** Whether the line holds a single word (no space inside). */
    boolean oneWord() {
        return text.indexOf(' ') < 0;
    }

    float firstWordWidth() {
        return firstWordRight - left;
    }
}
