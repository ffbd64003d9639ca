package org.profstd.parse;

import java.util.ArrayList;
import java.util.List;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.Item;
import org.profstd.read.TextJoiner;

/**
 * Collects the items of one list (the abilities of a skill, say) from the fragments a parser meets: a numbered
 * fragment opens an item, a continuation extends the open one. Checks the numbering as it goes and reports skips,
 * repeats and restarts. Item text comes out as clean prose: no list number, no trailing separator.
 */
public final class ItemCollector {
    private final TextJoiner joiner;
    private final Diagnostics diagnostics;
    private final String listName;
    private final List<Item> items = new ArrayList<>();
    private StringBuilder open;
    private int openLine;
    private int lastNumber;

    /** @param listName what the list is, for diagnostics ("abilities of skill 2") */
    public ItemCollector(TextJoiner joiner, Diagnostics diagnostics, String listName) {
        this.joiner = joiner;
        this.diagnostics = diagnostics;
        this.listName = listName;
    }

    /** A fragment that starts with list number {@code number}. */
    public void numbered(int number, String text, int line) {
        checkNumber(number, line);
        lastNumber = number;
        start(text, line);
    }

    /** An item printed without a number (bullets, or a list of one). */
    public void unnumbered(String text, int line) {
        start(text, line);
    }

    /** Text that continues the open item; opens one when none is open. */
    public void continuation(String text, int line) {
        if (open == null) {
            start(text, line);
        } else {
            joiner.append(open, text);
        }
    }

    /** A fragment as found: numbered if it starts with a list number, else a continuation. */
    public void fragment(String text, int line) {
        Numbered.Entry entry = Numbered.leading(text);
        if (entry != null && !entry.text().isEmpty()) {
            numbered(entry.number(), entry.text(), line);
        } else {
            continuation(text, line);
        }
    }

    /**
     * A paragraph of a table cell of a DOCX or PDF: a line of its own on the printed page. A list number opens an
     * item; so does a new capitalised sentence after an item that reads as complete (a paragraph split by a line
     * break: "...журнал истории изменений" / "Представление на сайте ..."), and so does every further sentence of the
     * paragraph that a full stop ends. Anything else continues the open item, as {@link #fragment} does.
     */
    public void paragraph(String text, int line) {
        Numbered.Entry entry = Numbered.leading(text);
        boolean numbered = entry != null && !entry.text().isEmpty();
        List<String> sentences = Sentences.split(numbered ? entry.text() : text);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (i == 0 && numbered) {
                numbered(entry.number(), sentence, line);
            } else if (i > 0 || open != null && Sentences.startsSentence(sentence, 0) && isComplete(open)) {
                unnumbered(sentence, line);
            } else {
                continuation(sentence, line);
            }
        }
    }

    /**
     * Whether the open item reads as complete, so a new sentence on the next line is a new item: it does not stop on
     * a comma, a hyphen, an open bracket or a colon, nor on a short word that needs the next ("и", "в", "для").
     */
    private static boolean isComplete(CharSequence item) {
        String t = item.toString().strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (",-–—(:/".indexOf(last) >= 0) {
            return false;
        }
        int start = t.length();
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        int length = t.length() - start;
        return length == 0 || length > 3 || !Character.isLowerCase(t.charAt(start));
    }

    public boolean hasOpenItem() {
        return open != null;
    }

    public int lastNumber() {
        return lastNumber;
    }

    public int size() {
        return items.size() + (open == null ? 0 : 1);
    }

    /** Closes the open item and returns the list. */
    public List<Item> finish() {
        close();
        return List.copyOf(items);
    }

    private void start(String text, int line) {
        close();
        open = new StringBuilder();
        openLine = line;
        joiner.append(open, text);
    }

    private void close() {
        if (open == null) {
            return;
        }
        String text = clean(open.toString());
        if (!text.isEmpty()) {
            items.add(new Item(text, openLine));
        }
        open = null;
    }

    private void checkNumber(int number, int line) {
        if (lastNumber == 0 || number == lastNumber + 1) {
            if (lastNumber == 0 && number > 1 && items.isEmpty() && open == null) {
                diagnostics.add(DiagnosticCode.NUMBER_SKIPPED, line,
                        listName + ": the list starts at " + number + ", not at 1");
            }
            return;
        }
        if (number == 1) {
            diagnostics.add(DiagnosticCode.LIST_RESTARTED, line,
                    listName + ": the numbering starts again at 1 after " + lastNumber);
        } else if (number > lastNumber + 1) {
            diagnostics.add(DiagnosticCode.NUMBER_SKIPPED, line,
                    listName + ": item " + number + " follows item " + lastNumber);
        } else {
            diagnostics.add(DiagnosticCode.NUMBER_REPEATED, line,
                    listName + ": item " + number + " comes again after item " + lastNumber);
        }
    }

    /** Drops trailing separators; keeps the period of an abbreviation such as "т.д." or "др.". */
    static String clean(String text) {
        String t = text.strip();
        while (!t.isEmpty()) {
            char last = t.charAt(t.length() - 1);
            if (last == ';' || last == ',') {
                t = t.substring(0, t.length() - 1).stripTrailing();
            } else if (last == '.' && !endsWithAbbreviation(t)) {
                t = t.substring(0, t.length() - 1).stripTrailing();
            } else {
                break;
            }
        }
        return t;
    }

    private static boolean endsWithAbbreviation(String t) {
        int end = t.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        // "т.д.", "др.", "г." are lower case; "ПО." or "БД." at the end of an item is an acronym ending a sentence
        return end - start <= 2 && end - start > 0 && Character.isLowerCase(t.charAt(start));
    }
}
