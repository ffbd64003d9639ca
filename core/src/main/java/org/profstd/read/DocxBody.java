package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Walks the body of a Word document in order and makes the lines of its {@link SourceText}, shaped like the text
 * conversions of the same family:
 * <ul>
 *   <li>a body paragraph is one line of one cell, its list number printed before its text;</li>
 *   <li>a table row is one line whose cells are the row's cells; a cell's paragraphs stay paragraphs;</li>
 *   <li>a horizontally merged cell appears once; a vertically merged cell that continues the one above is an empty
 *       cell, so a continued first column starts the line with a TAB, as in the row-per-line conversions;</li>
 *   <li>a table nested in a cell is flattened into that cell's paragraphs;</li>
 *   <li>empty paragraphs and rows are dropped, so line numbers are the positions in this text.</li>
 * </ul>
 */
final class DocxBody {
    private final WordStyles styles;
    private final ListNumbering numbering;
    private final List<SourceLine> lines = new ArrayList<>();

    private DocxBody(XWPFDocument document) {
        this.styles = new WordStyles(document);
        this.numbering = new ListNumbering(document, styles);
    }

    static List<SourceLine> lines(XWPFDocument document) {
        DocxBody body = new DocxBody(document);
        body.elements(document.getBodyElements());
        return body.lines;
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                add(SourceLines.ofParagraphs(nextNumber(), paragraphs(paragraph), styles.headingLevel(paragraph)));
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT control) {
                for (String text : control.getContent().getText().split("\n")) {
                    add(SourceLines.ofParagraphs(nextNumber(), List.of(text), 0));
                }
            }
        }
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<List<String>> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
                if (cell instanceof XWPFTableCell tableCell) {
                    CellMerge merge = CellMerge.of(tableCell);
                    if (merge == CellMerge.CONTINUES_LEFT) {
                        continue;
                    }
                    cells.add(merge == CellMerge.CONTINUES_ABOVE ? List.of() : cellParagraphs(tableCell));
                } else if (cell instanceof XWPFSDTCell control) {
                    cells.add(List.of(control.getContent().getText().split("\n")));
                }
            }
            add(SourceLines.ofCells(nextNumber(), cells, 0));
        }
    }

    /** The paragraphs of a cell in order; a nested table gives the paragraphs of its cells, row by row. */
    private List<String> cellParagraphs(XWPFTableCell cell) {
        List<String> out = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                out.addAll(paragraphs(paragraph));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell nestedCell : row.getTableCells()) {
                        if (CellMerge.of(nestedCell) == CellMerge.NONE) {
                            out.addAll(cellParagraphs(nestedCell));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The text of a paragraph split at its line breaks, the list label before the first part. The label is computed
     * even for an empty paragraph, because Word counts it; an empty paragraph gives no text.
     */
    private List<String> paragraphs(XWPFParagraph paragraph) {
        String label = numbering.label(paragraph);
        List<String> parts = new ArrayList<>(WordParagraphText.of(paragraph.getCTP().getDomNode()));
        if (parts.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        if (!label.isEmpty()) {
            int first = firstNonBlank(parts);
            parts.set(first, label + " " + parts.get(first).strip());
        }
        return parts;
    }

    private static int firstNonBlank(List<String> parts) {
        int i = 0;
        while (parts.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private int nextNumber() {
        return lines.size() + 1;
    }

    private void add(SourceLine line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    /** How a table cell takes part in a merge. */
    private enum CellMerge {
        NONE, CONTINUES_ABOVE, CONTINUES_LEFT;

        static CellMerge of(XWPFTableCell cell) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            if (properties == null) {
                return NONE;
            }
            if (properties.isSetHMerge() && !STMerge.RESTART.equals(properties.getHMerge().getVal())) {
                return CONTINUES_LEFT;
            }
            if (properties.isSetVMerge() && !STMerge.RESTART.equals(properties.getVMerge().getVal())) {
                return CONTINUES_ABOVE;
            }
            return NONE;
        }
    }
}
