package org.profstd.analysis.diff;

import java.io.PrintWriter;
import java.util.Map;

/** The edition diff as text for a terminal: the two editions, the counts, then one block per change. */
public final class DiffText {
    private DiffText() {
    }

    public static void print(EditionDiff diff, PrintWriter out) {
        out.println("old: " + edition(diff.oldEdition()));
        out.println("new: " + edition(diff.newEdition()));
        if (diff.warning() != null) {
            out.println();
            out.println("WARNING: " + diff.warning() + ".");
        }
        out.println();
        out.println("cards paired:");
        for (CardMatch m : diff.cardMatches()) {
            out.println("  " + m.oldCard() + "  →  " + m.newCard());
        }
        out.println();
        out.println("changes: " + diff.changes().size());
        for (Map.Entry<String, Integer> e : diff.counts().entrySet()) {
            out.printf("  %-22s %5d%n", e.getKey(), e.getValue());
        }
        for (Change c : diff.changes()) {
            out.println();
            printChange(c, out);
        }
    }

    private static void printChange(Change c, PrintWriter out) {
        out.println(c.level() + " " + c.kind() + ": " + c.path());
        switch (c.kind()) {
            case Change.ADDED -> out.println("  + " + c.newText() + at(c.newLine()));
            case Change.REMOVED -> out.println("  - " + c.oldText() + at(c.oldLine()));
            case Change.MOVED -> out.println("    " + c.newText());
            case Change.REWORDED -> {
                out.println("  - " + c.oldText() + at(c.oldLine()));
                out.println("  + " + c.newText() + at(c.newLine()));
                out.println("  similarity " + c.similarity() + "; words removed: " + words(c.removedWords())
                        + "; words added: " + words(c.addedWords()));
            }
            default -> out.println("  " + c.oldText() + " → " + c.newText());
        }
    }

    /** {@code "Программист" 06.001}: enough to tell two standards apart. */
    static String name(Edition e) {
        return "\"" + e.title() + "\"" + (e.code() == null ? "" : " " + e.code());
    }

    static String edition(Edition e) {
        StringBuilder s = new StringBuilder("\"" + e.title() + "\"");
        if (e.code() != null) {
            s.append(" ").append(e.code());
        }
        if (e.version() != null) {
            s.append(", version ").append(e.version());
        }
        if (e.year() != null) {
            s.append(", ").append(e.year());
        }
        return s.append(" (").append(e.format()).append(", ").append(e.language()).append(", ").append(e.cards())
                .append(" cards) from ").append(e.file()).toString();
    }

    private static String at(int line) {
        return line > 0 ? "   [line " + line + "]" : "";
    }

    private static String words(java.util.List<String> words) {
        return words.isEmpty() ? "none" : String.join(", ", words);
    }
}
