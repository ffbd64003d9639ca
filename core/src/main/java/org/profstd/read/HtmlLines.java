package org.profstd.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the body of a page and makes its lines. Text flows into the current paragraph; a {@code <br>} ends the
 * paragraph; the end of a block element ends the line at the top level, or the paragraph inside a table cell. Each
 * table row is a line of cells; a table nested in a cell is flattened into the cell's paragraphs; a cell covered by a
 * {@code rowspan} from above is an empty cell, as in the DOCX reader. Items of an ordered list get their printed number.
 */
final class HtmlLines {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "menu", "ol",
            "p", "pre", "section", "summary", "ul");

    /** Where the text goes: lines of the page, or paragraphs of one table cell. */
    private enum Target { PAGE, CELL }

    private final Target target;
    private final List<SourceLine> lines;
    private final List<String> paragraphs = new ArrayList<>();
    private StringBuilder paragraph = new StringBuilder();

    private HtmlLines(Target target, List<SourceLine> lines) {
        this.target = target;
        this.lines = lines;
    }

    static List<SourceLine> of(Element body) {
        List<SourceLine> lines = new ArrayList<>();
        HtmlLines page = new HtmlLines(Target.PAGE, lines);
        if (body != null) {
            page.children(body);
            page.endBlock(0);
        }
        return lines;
    }

    /** The paragraphs of one table cell. */
    static List<String> cellParagraphs(Element cell) {
        HtmlLines flow = new HtmlLines(Target.CELL, null);
        flow.children(cell);
        flow.endParagraph();
        return flow.paragraphs;
    }

    private void children(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                paragraph.append(text.getWholeText());
            } else if (child instanceof Element element) {
                element(element);
            }
        }
    }

    private void element(Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
            endParagraph();
        } else if (tag.equals("table")) {
            table(element);
        } else if (BLOCKS.contains(tag)) {
            endBlock(0);
            if (tag.equals("li")) {
                paragraph.append(HtmlListLabel.of(element));
            }
            children(element);
            endBlock(headingLevel(tag));
        } else {
            children(element);
        }
    }

    private void table(Element table) {
        endBlock(0);
        HtmlTable rows = new HtmlTable(table);
        if (target == Target.PAGE) {
            for (List<List<String>> row : rows.rows()) {
                addLine(SourceLines.ofCells(lines.size() + 1, row, 0));
            }
        } else {
            rows.rows().forEach(row -> row.forEach(paragraphs::addAll));
        }
    }

    /** The end of a block: a new line on the page, a new paragraph in a cell. */
    private void endBlock(int heading) {
        endParagraph();
        if (target == Target.PAGE && !paragraphs.isEmpty()) {
            addLine(SourceLines.ofParagraphs(lines.size() + 1, List.copyOf(paragraphs), heading));
            paragraphs.clear();
        }
    }

    private void endParagraph() {
        if (!paragraph.toString().isBlank()) {
            paragraphs.add(paragraph.toString());
        }
        paragraph = new StringBuilder();
    }

    private void addLine(SourceLine line) {
        if (!line.isBlank()) {
            lines.add(line);
        }
    }

    private static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
    }
}
