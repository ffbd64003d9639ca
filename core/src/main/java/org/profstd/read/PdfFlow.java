package org.profstd.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the pages of a PDF together into the lines of one text, shaped like the lines the DOCX reader makes of the
 * same document: a line of free text is a line; a table row is a line whose cells are the row's cells, a cell merged
 * down from the row above an empty cell.
 *
 * <p>A table that runs on from one page to the next is read as one table. The header row a word processor repeats at
 * the top of each page is read once. A row broken by the page end continues cell by cell: the text at the top of a
 * cell on the new page joins the cell above it when it plainly goes on (it starts with a small letter, the list in the
 * cell above goes on with the next number, or the word before it ends with a hyphen); otherwise it is a new row.
 * Page numbers in the margins are not part of the text.
 */
final class PdfFlow {
    /** How far (points) the edges of a table may move from one page to the next and still be the same table. */
    private static final float SAME_EDGE = 3f;
    /** The share of the page height at its top and bottom where a lone number is a page number. */
    private static final float MARGIN_SHARE = 0.1f;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s");


    /** Words of one or two letters in Russian and Kazakh: a line that starts with one starts with a word. */
    private static final java.util.Set<String> SHORT_WORDS = java.util.Set.of("а", "в", "и", "к", "о", "с", "у", "я",
            "во", "да", "до", "же", "за", "из", "им", "их", "ко", "ли", "мы", "на", "не", "ни", "но", "об", "он", "от",
            "по", "со", "то", "ты", "уж", "де", "та", "те", "ол", "ең", "әр", "мә", "ма", "ме", "ба", "бе", "па", "пе");

    private final List<List<List<String>>> lines = new ArrayList<>();
    private OpenTable open;


    /** A line of text outside any table, its cells split where the text stands far apart. */
    record FreeLine(float top, List<String> cells) {
    }

    /** A table of one page with the paragraphs of each of its cells, by cell index. */
    record PageTable(RuledTable table, Map<Integer, List<String>> paragraphs) {
    }

    /** The table the last line came from, while the next page may continue it. */
    private static final class OpenTable {
        final float left;
        final float right;
        final List<Owner> owners = new ArrayList<>();
        List<String> header;
        List<RuledTable.Slot> lastSlots = List.of();
        List<List<String>> lastCells = List.of();

        OpenTable(float left, float right) {
            this.left = left;
            this.right = right;
        }
    }

    /** The cell that last held text in a stretch of columns: where text continued on the next page goes. */
    private record Owner(float left, float right, List<String> paragraphs) {
    }

    /** Adds one page: its free lines and tables in the order they stand on the page. */
    void page(List<FreeLine> free, List<PageTable> tables, float pageHeight) {
        List<Object> items = new ArrayList<>();
        for (FreeLine line : free) {
            if (!isPageNumber(line, pageHeight)) {
                items.add(line);
            }
        }
        items.addAll(tables);
        items.sort(Comparator.comparing(PdfFlow::top));
        boolean first = true;
        for (Object item : items) {
            if (item instanceof PageTable table) {
                table(table, first && continues(table.table()));
            } else {
                open = null;
                lines.add(cellsOf(((FreeLine) item).cells()));
            }
            first = false;
        }
    }

    /**
     * The lines of the whole document, numbered from 1, blank ones left out. A seam that may lie inside one word is
     * closed when the document prints the whole word elsewhere, as {@link TextJoiner} decides for the text
     * conversions.
     */
    List<SourceLine> lines() {
        String seam = String.valueOf(PdfCellText.MAYBE_ONE_WORD);
        List<SourceLine> spaced = build(p -> p.replace(seam, " "));
        TextJoiner joiner = new TextJoiner(Vocabulary.of(spaced));
        return build(p -> p.indexOf(PdfCellText.MAYBE_ONE_WORD) < 0 ? p : closeSeams(p, joiner));
    }

    private List<SourceLine> build(java.util.function.UnaryOperator<String> paragraphText) {
        List<SourceLine> out = new ArrayList<>();
        for (List<List<String>> cells : lines) {
            List<List<String>> texts = cells.stream().map(c -> c.stream().map(paragraphText).toList()).toList();
            SourceLine line = SourceLines.ofCells(out.size() + 1, texts, 0);
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    private static String closeSeams(String paragraph, TextJoiner joiner) {
        String[] parts = paragraph.split(String.valueOf(PdfCellText.MAYBE_ONE_WORD), -1);
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String tail = leadingLetters(parts[i]);
            boolean oneWord = joiner.isSplitWord(lastLetters(sb), tail) || isWordTail(tail, parts[i]);
            sb.append(oneWord ? "" : " ").append(parts[i]);
        }
        return sb.toString();
    }

    /**
     * Whether the letters a line starts with can only end a word: one or two small letters that are no word of their
     * own ("Администрирован" / "ие ПО").
     */
    private static boolean isWordTail(String letters, String line) {
        boolean alone = line.length() == letters.length() || !Character.isLetterOrDigit(line.charAt(letters.length()));
        return alone && !letters.isEmpty() && letters.length() <= 2 && !SHORT_WORDS.contains(letters);
    }

    private static String lastLetters(CharSequence text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, text.length()).toString();
    }

    private static String leadingLetters(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static float top(Object item) {
        return item instanceof PageTable table ? table.table().top() : ((FreeLine) item).top();
    }

    private static boolean isPageNumber(FreeLine line, float pageHeight) {
        String text = String.join("", line.cells()).strip();
        boolean number = !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(Character::isDigit);
        boolean inMargin = line.top() < MARGIN_SHARE * pageHeight || line.top() > (1 - MARGIN_SHARE) * pageHeight;
        return number && inMargin;
    }

    private boolean continues(RuledTable table) {
        return open != null && Math.abs(table.left() - open.left) <= SAME_EDGE
                && Math.abs(table.right() - open.right) <= SAME_EDGE;
    }

    private void table(PageTable page, boolean continued) {
        RuledTable table = page.table();
        if (!continued) {
            open = new OpenTable(table.left(), table.right());
        }
        boolean atPageTop = continued;
        for (int row = 0; row < table.rowCount(); row++) {
            List<RuledTable.Slot> slots = table.row(row);
            List<List<String>> cells = new ArrayList<>();
            for (RuledTable.Slot slot : slots) {
                List<String> paragraphs = slot.starts()
                        ? new ArrayList<>(page.paragraphs().getOrDefault(slot.cell().index(), List.of()))
                        : new ArrayList<>();
                cells.add(paragraphs);
            }
            if (cells.stream().allMatch(List::isEmpty)) {
                continue;
            }
            if (open.header == null) {
                open.header = texts(cells);
            } else if (atPageTop && open.header.equals(texts(cells))) {
                continue;
            }
            if (atPageTop) {
                joinContinuedCells(slots, cells);
                atPageTop = false;
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                lines.add(cells);
                open.lastSlots = slots;
                open.lastCells = cells;
            }
            own(slots, cells);
        }
    }

    /**
     * Joins the first row of a page to the row the page before ended with when that row was broken by the page end.
     * It was when the text of a cell plainly goes on, or when a cell of that row is empty where the new row has text
     * (the word processor moved the whole text of the cell on) and no cell of the new row starts anew below a cell
     * whose text ended (a full stop or semicolon; a label such as "Умения:" or "Трудовая функция 2" waits for what
     * follows). Otherwise only the cells that plainly go on join the cells they continue, and the rest is a new row.
     */
    private void joinContinuedCells(List<RuledTable.Slot> slots, List<List<String>> cells) {
        boolean goesOn = false;
        boolean movedOn = false;
        boolean startsAnew = false;
        boolean matched = true;
        List<List<String>> targets = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            List<String> target = null;
            if (!cells.get(i).isEmpty()) {
                RuledTable.Cell cell = slots.get(i).cell();
                int above = slotAbove(cell);
                matched &= above >= 0;
                boolean fresh = above >= 0 && open.lastSlots.get(above).starts();
                target = above < 0 ? null : fresh ? open.lastCells.get(above) : ownerOf(cell);
                if (target != null) {
                    boolean continues = goesOn(target, cells.get(i));
                    goesOn |= continues;
                    movedOn |= fresh && target.isEmpty();
                    startsAnew |= !continues && endsComplete(target);
                }
            }
            targets.add(target);
        }
        boolean broken = matched && (goesOn || movedOn && !startsAnew);
        for (int i = 0; i < slots.size(); i++) {
            List<String> target = targets.get(i);
            List<String> paragraphs = cells.get(i);
            if (target != null && !paragraphs.isEmpty() && (broken || goesOn(target, paragraphs))) {
                append(target, paragraphs);
                paragraphs.clear();
            }
        }
    }

    /** Whether a cell's text ends as a finished sentence or list does, with a full stop or a semicolon. */
    private static boolean endsComplete(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        String last = paragraphs.get(paragraphs.size() - 1).strip();
        return last.endsWith(".") || last.endsWith(";") || last.endsWith("!") || last.endsWith("?");
    }

    /** The slot of the last row of the page before that has the same edges as the cell, or -1. */
    private int slotAbove(RuledTable.Cell cell) {
        for (int i = 0; i < open.lastSlots.size(); i++) {
            RuledTable.Cell above = open.lastSlots.get(i).cell();
            if (Math.abs(above.left() - cell.left()) <= SAME_EDGE && Math.abs(above.right() - cell.right()) <= SAME_EDGE) {
                return i;
            }
        }
        return -1;
    }

    private void own(List<RuledTable.Slot> slots, List<List<String>> cells) {
        for (int i = 0; i < slots.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            RuledTable.Cell cell = slots.get(i).cell();
            open.owners.removeIf(o -> o.left() < cell.right() - SAME_EDGE && o.right() > cell.left() + SAME_EDGE);
            open.owners.add(new Owner(cell.left(), cell.right(), cells.get(i)));
        }
    }

    private List<String> ownerOf(RuledTable.Cell cell) {
        for (Owner owner : open.owners) {
            if (Math.abs(owner.left() - cell.left()) <= SAME_EDGE && Math.abs(owner.right() - cell.right()) <= SAME_EDGE) {
                return owner.paragraphs();
            }
        }
        return null;
    }

    /** Whether text at the top of a cell plainly goes on with the text of the cell above on the page before. */
    static boolean goesOn(List<String> above, List<String> below) {
        if (above.isEmpty()) {
            return false;
        }
        String last = above.get(above.size() - 1).strip();
        String first = below.get(0).strip();
        if (last.isEmpty() || first.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(first.charAt(0)) || endsWithHyphen(last) && Character.isLetter(first.charAt(0))) {
            return true;
        }
        int next = number(first);
        return next > 1 && next == lastNumber(above) + 1;
    }

    private static void append(List<String> above, List<String> below) {
        if (above.isEmpty()) {
            above.addAll(below);
            return;
        }
        String last = above.get(above.size() - 1).strip();
        String first = below.get(0).strip();
        if (number(first) < 0 && !first.isEmpty() && (Character.isLowerCase(first.charAt(0)) || endsWithHyphen(last))) {
            above.set(above.size() - 1, last + seam(last, first) + first);
            above.addAll(below.subList(1, below.size()));
        } else {
            above.addAll(below);
        }
    }

    /** Nothing after a hyphen; a seam that may lie inside one word between letters; otherwise a space. */
    private static String seam(String last, String first) {
        if (endsWithHyphen(last)) {
            return "";
        }
        boolean letters = Character.isLetter(last.charAt(last.length() - 1)) && Character.isLowerCase(first.charAt(0));
        return letters ? String.valueOf(PdfCellText.MAYBE_ONE_WORD) : " ";
    }

    private static boolean endsWithHyphen(String text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    private static int lastNumber(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            int number = number(paragraphs.get(i).strip());
            if (number >= 0) {
                return number;
            }
        }
        return -1;
    }

    private static int number(String paragraph) {
        Matcher m = NUMBERED.matcher(paragraph);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<String> texts(List<List<String>> cells) {
        return cells.stream().map(c -> String.join(" ", c)).toList();
    }

    private static List<List<String>> cellsOf(List<String> cells) {
        return cells.stream().map(List::of).toList();
    }
}
