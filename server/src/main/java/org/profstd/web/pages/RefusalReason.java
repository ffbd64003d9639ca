package org.profstd.web.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.profstd.web.PageContext;

/**
 * Why a document could not be read (the readers say it in English, "NAME: reason") told in the page's language, for
 * the forms of the upload and match pages: each reason the readers give is a pattern here and a text of the page's
 * messages ({@code refusal.*}), the file's name and the figures carried over. A reason of a form not listed here is
 * told by a general sentence in the page's language with the reader's words after it.
 */
public final class RefusalReason {
    private static final List<Rule> RULES = List.of(
            rule("the file is empty", "empty"),
            rule("(\\S+) (?:documents are not read yet|files are not read as text.*)", "notRead"),
            rule("not a DOCX.*", "notDocx"),
            rule("damaged DOCX.*", "damagedDocx"),
            rule("the XML is damaged at line (\\d+), column (\\d+).*", "damagedXmlAt"),
            rule("the XML (?:is damaged|cannot be read).*", "damagedXml"),
            rule("not a registry export of professional standards.*", "notRegistryXml"),
            rule("the registry export holds no professional standard.*", "noStandardInXml"),
            rule("the file has (\\d+) bytes, more than (.+?),? the limit.*", "tooLarge"),
            rule("the text has (\\d+) characters, more than (\\d+), the limit for matching.*", "tooLong"),
            rule("The PDF has no text layer.*", "noTextLayer"),
            rule("the PDF is password-protected.*", "password"),
            rule("damaged PDF.*", "damagedPdf"),
            rule("not a professional standard.*", "notStandard"),
            rule("reading took longer than (\\d+) s.*", "tooSlow"),
            rule("(?:the document is nested too deeply|the Word document nests).*", "tooDeep"),
            rule("(?:the Word document unpacks to more than|the part .* of the Word).*", "tooBigUnpacked"),
            rule("the document needs more memory.*", "memory"));

    private RefusalReason() {
    }

    /** The reason in the page's language, after the file's name; the reader's own words for English pages. */
    public static String told(PageContext page, String message) {
        if (message == null || page.lang().code().equals("en")) {
            return message;
        }
        int colon = message.indexOf(": ");
        String file = colon < 0 ? "" : message.substring(0, colon);
        String reason = colon < 0 ? message : message.substring(colon + 2);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount() + 1];
                args[0] = file;
                for (int g = 1; g <= m.groupCount(); g++) {
                    args[g] = m.group(g);
                }
                return withoutEmptyName(page.t("refusal." + rule.key(), args));
            }
        }
        return withoutEmptyName(page.t("refusal.other", file, reason));
    }

    /** A reason about a pasted text names no file. */
    private static String withoutEmptyName(String told) {
        return told.startsWith(": ") ? told.substring(2) : told;
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }

    private record Rule(Pattern pattern, String key) {
    }
}
