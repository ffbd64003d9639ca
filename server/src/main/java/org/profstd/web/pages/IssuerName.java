package org.profstd.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued an act, named as a page names it (in the nominative), from the words the order's heading printed it
 * with ("приказ Заместителя Премьер-Министра – Министра ..." gives "Заместитель Премьер-Министра – Министр ...").
 *
 * <p>Russian: each office of a chain joined by dashes has its leading words in the genitive turned to the nominative,
 * from a table of the offices and bodies that issue standards (министр, вице-министр, заместитель, первый заместитель,
 * председатель, руководитель, директор, исполняющий обязанности, временно исполняющий обязанности, министерство,
 * комитет, агентство, национальная палата, правление); the words that depend on them stay as printed ("Премьер-Министра",
 * "Республики Казахстан"). A leading "приказ" or "приказом" is dropped. Kazakh: the possessive genitive of the last
 * word ("министрінің", "Төрағасының") becomes the possessive ("министрі", "Төрағасы"). Any other wording is shown as
 * printed: better the document's words than a wrong form.
 */
public final class IssuerName {
    /** Genitive leading words of an office or body and their nominative, longest first where one begins another. */
    private static final Map<String, String> RU = Map.ofEntries(
            Map.entry("временно исполняющего обязанности", "временно исполняющий обязанности"),
            Map.entry("исполняющего обязанности", "исполняющий обязанности"),
            Map.entry("первого вице-министра", "первый вице-министр"),
            Map.entry("первого заместителя", "первый заместитель"),
            Map.entry("ответственного секретаря", "ответственный секретарь"),
            Map.entry("национальной палаты", "национальная палата"),
            Map.entry("вице-министра", "вице-министр"),
            Map.entry("заместителя", "заместитель"),
            Map.entry("министра", "министр"),
            Map.entry("председателя", "председатель"),
            Map.entry("руководителя", "руководитель"),
            Map.entry("директора", "директор"),
            Map.entry("министерства", "министерство"),
            Map.entry("комитета", "комитет"),
            Map.entry("агентства", "агентство"),
            Map.entry("правления", "правление"));
    private static final List<String> RU_ORDER = RU.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    private static final Pattern ORDER = Pattern.compile("^(?iu)(приказом|приказ)\\s+");
    /** The dashes that join the offices of one person ("Заместителя Премьер-Министра – Министра ..."). */
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");
    /** A Kazakh possessive in the genitive closing the name ("министрінің", "Төрағасының"); ң is Kazakh only. */
    private static final Pattern KK_GENITIVE = Pattern.compile("(?u)([ыі])(ның|нің)$");

    private IssuerName() {
    }

    public static String nominative(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return issuer;
        }
        String text = ORDER.matcher(issuer.strip()).replaceFirst("");
        Matcher kazakh = KK_GENITIVE.matcher(text);
        if (kazakh.find()) {
            return capitalised(kazakh.replaceFirst("$1"));
        }
        StringBuilder out = new StringBuilder();
        Matcher dash = DASH.matcher(text);
        int from = 0;
        while (dash.find()) {
            out.append(office(text.substring(from, dash.start()))).append(dash.group());
            from = dash.end();
        }
        out.append(office(text.substring(from)));
        return capitalised(out.toString());
    }

    /** One office: its leading genitive words in the nominative, the case of their first letter kept. */
    private static String office(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String genitive : RU_ORDER) {
            if (lower.startsWith(genitive) && (lower.length() == genitive.length()
                    || !Character.isLetter(lower.charAt(genitive.length())))) {
                String nominative = RU.get(genitive);
                return (Character.isUpperCase(words.charAt(0)) ? capitalised(nominative) : nominative)
                        + words.substring(genitive.length());
            }
        }
        return words;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
