package org.profstd.analysis.diff;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The edition diff as one self-contained HTML page: removed text struck through in red, added text in green. */
public final class DiffHtml {
    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:2em auto}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}"
            + "del{background:#fdd}ins{background:#dfd;text-decoration:none}.path{color:#555;font-size:.9em}"
            + ".warning{background:#fff3cd;border:1px solid #e0b000;padding:.6em}";

    private DiffHtml() {
    }

    public static void print(EditionDiff diff, PrintWriter out) {
        out.println("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Edition diff: "
                + escape(diff.newEdition().title()) + "</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>Edition diff</h1><p>old: " + escape(DiffText.edition(diff.oldEdition())) + "<br>new: "
                + escape(DiffText.edition(diff.newEdition())) + "</p>");
        if (diff.warning() != null) {
            out.println("<p class=\"warning\" role=\"alert\"><strong>Warning:</strong> " + escape(diff.warning())
                    + ".</p>");
        }
        out.println("<h2>Summary</h2><table><tr><th>change</th><th>count</th></tr>");
        for (Map.Entry<String, Integer> e : diff.counts().entrySet()) {
            out.println("<tr><td>" + escape(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>");
        }
        out.println("</table><h2>Changes</h2><table><tr><th>what</th><th>where</th><th>old</th><th>new</th></tr>");
        for (Change c : diff.changes()) {
            out.println("<tr><td>" + escape(c.level() + " " + c.kind()) + "</td><td class=\"path\">" + escape(c.path())
                    + "</td><td>" + old(c) + "</td><td>" + neu(c) + "</td></tr>");
        }
        out.println("</table></body></html>");
    }

    private static String old(Change c) {
        if (c.oldText() == null) {
            return "";
        }
        return Change.REWORDED.equals(c.kind()) ? marked(c.oldText(), c.removedWords(), "del")
                : "<del>" + escape(c.oldText()) + "</del>";
    }

    private static String neu(Change c) {
        if (c.newText() == null) {
            return "";
        }
        String text = Change.REWORDED.equals(c.kind()) ? marked(c.newText(), c.addedWords(), "ins")
                : "<ins>" + escape(c.newText()) + "</ins>";
        return c.similarity() == null ? text : text + "<br><small>similarity " + c.similarity() + "</small>";
    }

    /** The text with the changed words wrapped in the given tag. */
    private static String marked(String text, List<String> changed, String tag) {
        StringBuilder out = new StringBuilder();
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            String bare = token.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
            out.append(changed.contains(bare) ? "<" + tag + ">" + escape(token) + "</" + tag + ">" : escape(token));
        }
        return out.toString();
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
