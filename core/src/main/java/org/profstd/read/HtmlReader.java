package org.profstd.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page that publishes a standard (legal portals such as adilet.zan.kz, consultant or garant style pages)
 * into a {@link SourceText}: block elements in order as lines, table rows as lines of cells, line breaks and
 * paragraphs inside a cell as the cell's paragraphs. Scripts, styles, navigation, forms and page chrome are dropped.
 */
public final class HtmlReader {
    /** Elements that are never part of the published text. */
    private static final String NOISE = "script, style, noscript, template, nav, aside, form, iframe, object, embed, "
            + "svg, canvas, button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], "
            + "[hidden], [aria-hidden=true]";
    /** Page header and footer, unless they belong to the document itself (inside an article or main element). */
    private static final String CHROME = "header, footer";
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private HtmlReader() {
    }

    public static SourceText read(String name, byte[] bytes) {
        return read(name, decode(bytes));
    }

    public static SourceText read(String name, String html) {
        Document document = Jsoup.parse(html);
        document.select(NOISE).remove();
        for (Element chrome : document.select(CHROME)) {
            if (chrome.closest("article, main") == null) {
                chrome.remove();
            }
        }
        HtmlLimits.check(name, document.body());
        return new SourceText(name, FileFormat.HTML.id(), HtmlLines.of(document.body()));
    }

    /** The declared charset when the page names one this runtime knows, else UTF-8 or windows-1251 by content. */
    static String decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find() && Charset.isSupported(m.group(1))) {
            Charset declared = Charset.forName(m.group(1));
            if (!declared.equals(StandardCharsets.UTF_8) || Decoding.isUtf8(bytes)) {
                return new String(bytes, declared);
            }
        }
        return Decoding.decode(bytes);
    }
}
