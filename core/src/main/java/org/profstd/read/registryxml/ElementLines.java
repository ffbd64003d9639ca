package org.profstd.read.registryxml;

/**
 * Lays XML out with every start tag that follows another tag on a line of its own. The registry publishes a whole
 * standard on one line of tens of thousands of characters, so the line of an item would say nothing; laid out, each
 * element of the export has its line, and an item's line is that of the element it came from. Nothing but line
 * breaks is added, and only between two tags, where no element's text lies; text, comments, CDATA sections and
 * attribute values are copied as they are. A file already written one element per line stays as it is.
 */
final class ElementLines {
    private ElementLines() {
    }

    static String of(String xml) {
        StringBuilder out = new StringBuilder(xml.length() + xml.length() / 16);
        boolean afterTag = false;
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c != '<') {
                out.append(c);
                afterTag = false;
                i++;
                continue;
            }
            int end;
            if (xml.startsWith("<!--", i)) {
                end = after(xml, "-->", i + 4);
            } else if (xml.startsWith("<![CDATA[", i)) {
                end = after(xml, "]]>", i + 9);
            } else if (xml.startsWith("<!", i) || xml.startsWith("<?", i)) {
                end = after(xml, ">", i + 2);
            } else {
                if (afterTag && i + 1 < xml.length() && xml.charAt(i + 1) != '/') {
                    out.append('\n');
                }
                end = tagEnd(xml, i + 1);
            }
            out.append(xml, i, end);
            // CDATA is text of its element; what follows it is not between two tags
            afterTag = !xml.startsWith("<![CDATA[", i);
            i = end;
        }
        return out.toString();
    }

    /** The end of a tag: its closing {@code >}, outside the quotes of its attribute values. */
    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return xml.length(); // a truncated tag: the parser tells where
    }

    private static int after(String xml, String terminator, int from) {
        int at = xml.indexOf(terminator, from);
        return at < 0 ? xml.length() : at + terminator.length();
    }
}
