package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * The paragraphs of one table cell of a PDF, rebuilt from its printed lines, so that a cell reads as the same cell of
 * the DOCX the PDF was printed from: lines a paragraph wrapped onto are joined, a new paragraph starts where the text
 * shows one.
 *
 * <p>A line starts a new paragraph when it starts a list item ("2. ..."), when the line before ends with a colon (a
 * label such as "Трудовая функция 1:"), when an empty line or a change between bold and regular type separates
 * the two lines ("Задача 1" in bold over the task's name), or when its first word would have fitted at the end of the line before: a word
 * processor wraps only words that do not fit, so a line that stopped short was ended on purpose. A word longer than
 * the cell is broken by the word processor without a hyphen ("инфокоммуникацион" / "ных"); such a break is joined
 * without a space when the document prints the whole word elsewhere.
 */
final class PdfCellText {
    /** Marks a seam that may be inside one word; resolved by {@link PdfFlow} with the document's vocabulary. */
    static final char MAYBE_ONE_WORD = '\uE000';
    /** A list number or bullet at the start of a line: "1.", "12)", "-", "•". */
    private static final Pattern LIST_START = Pattern.compile("^(?:\\d{1,2}[.)](?:\\s|$)|[-–•·▪]\\s)");
    /** The width of a space, in ems, that must fit between the last word of a line and the word after it. */
    private static final float SPACE_EMS = 0.25f;
    /** Baselines further apart than this many ems have an empty line or paragraph spacing between them. */
    private static final float BLANK_LINE_EMS = 1.8f;
    /**
     * How much room (in ems) must be left after a word that would have fitted, for the break to count as a paragraph
     * end: word processors keep paragraph indents and measure with their own rounding, so a word that fits only just
     * may still have been wrapped.
     */
    private static final float FIT_SLACK_EMS = 1f;
    /** Word's cell margin (0.19 cm). */
    private static final float DEFAULT_MARGIN = 5.4f;

    private PdfCellText() {
    }

    /** The paragraphs of the glyphs of a cell whose right border is at {@code right}. */
    static List<String> paragraphs(List<TextPosition> glyphs, float right) {
        List<PdfTextLine> lines = PdfTextLine.of(glyphs);
        List<String> paragraphs = new ArrayList<>();
        if (lines.isEmpty()) {
            return paragraphs;
        }
        float textRight = right - DEFAULT_MARGIN;
        StringBuilder paragraph = new StringBuilder(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            PdfTextLine before = lines.get(i - 1);
            PdfTextLine line = lines.get(i);
            if (startsParagraph(before, line, textRight)) {
                paragraphs.add(paragraph.toString());
                paragraph = new StringBuilder(line.text());
            } else {
                paragraph.append(seam(before, line, textRight)).append(line.text());
            }
        }
        paragraphs.add(paragraph.toString());
        return paragraphs;
    }

    static boolean startsParagraph(PdfTextLine before, PdfTextLine line, float textRight) {
        if (LIST_START.matcher(line.text()).find() || before.text().endsWith(":")) {
            return true;
        }
        if (line.baseline() - before.baseline() > BLANK_LINE_EMS * before.em() || before.boldEnd() != line.boldStart()) {
            return true;
        }
        float wouldEnd = before.right() + SPACE_EMS * before.em() + line.firstWordWidth();
        return wouldEnd < textRight - FIT_SLACK_EMS * before.em();
    }

    /**
     * What joins a line to the wrapped line after it. A line-final hyphen after a letter is a real hyphen
     * ("программно-" / "аппаратного"): nothing. A line of one word that reaches the cell's edge (its next letter would
     * not fit) may be a word too long for the cell, broken without a hyphen ("инфокоммуникацион" / "ных"), or a
     * whole word followed by the next: {@link #MAYBE_ONE_WORD}, which {@link PdfFlow} resolves once it knows every
     * word of the document. Otherwise a space.
     */
    static String seam(PdfTextLine before, PdfTextLine line, float textRight) {
        String a = before.text();
        String b = line.text();
        if (a.isEmpty() || b.isEmpty() || !Character.isLetter(b.charAt(0))) {
            return " ";
        }
        char last = a.charAt(a.length() - 1);
        if (last == '-' && a.length() >= 2 && Character.isLetter(a.charAt(a.length() - 2))) {
            return "";
        }
        boolean reachesEdge = before.right() + line.firstGlyphWidth() > textRight;
        return before.oneWord() && Character.isLetter(last) && Character.isLowerCase(b.charAt(0)) && reachesEdge
                ? String.valueOf(MAYBE_ONE_WORD) : " ";
    }
}
