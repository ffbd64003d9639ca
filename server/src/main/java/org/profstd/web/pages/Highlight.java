package org.profstd.web.pages;

/**
 * The highlighted text of a search hit made safe for a page: the search marks matched words with {@code <b>} in
 * text it does not escape, so everything is escaped and only those marks come back, as {@code <mark>}.
 */
public final class Highlight {
    private Highlight() {
    }

    public static String html(String highlighted, String plain) {
        String text = highlighted != null ? highlighted : plain;
        if (text == null) {
            return "";
        }
        return escape(text).replace("&lt;b&gt;", "<mark>").replace("&lt;/b&gt;", "</mark>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
