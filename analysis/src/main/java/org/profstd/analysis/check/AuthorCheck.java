package org.profstd.analysis.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.profstd.model.Diagnostic;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;
import org.profstd.model.Standard;

/**
 * Puts together what an author of a draft should act on: the parser's diagnostics and the template rules of
 * {@link TemplateValidator}, each explained in plain words, quoted from its source line, grouped by standard and
 * sorted by line. A rule already reported by the parser at the same line is not repeated.
 */
public final class AuthorCheck {
    private static final int QUOTE_LENGTH = 100;

    private AuthorCheck() {
    }

    /**
     * @param lines the text of a source line by number (for quoting), or null when the source is not at hand
     */
    public static CheckReport check(ParseResult result, IntFunction<String> lines) {
        Set<String> parserSaid = new HashSet<>();
        List<Finding> all = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            parserSaid.add(d.code() + "@" + d.line());
            all.add(finding(d, Finding.PARSER, lines));
        }
        for (Standard s : result.standards()) {
            for (Diagnostic d : TemplateValidator.validate(s, lines)) {
                if (!parserSaid.contains(d.code() + "@" + d.line())) {
                    all.add(finding(d, Finding.TEMPLATE, lines));
                }
            }
        }
        all.sort(Comparator.comparingInt(Finding::line));
        return group(result, all);
    }

    private static CheckReport group(ParseResult result, List<Finding> all) {
        List<Finding> outside = new ArrayList<>();
        List<List<Finding>> inside = new ArrayList<>();
        result.standards().forEach(s -> inside.add(new ArrayList<>()));
        for (Finding f : all) {
            int owner = owner(result.standards(), f.line());
            (owner < 0 ? outside : inside.get(owner)).add(f);
        }
        List<StandardCheck> standards = new ArrayList<>();
        for (int i = 0; i < result.standards().size(); i++) {
            Standard s = result.standards().get(i);
            standards.add(new StandardCheck(s.title(), s.code(), s.format(), s.language(), s.span(), s.cards().size(),
                    inside.get(i)));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            String value = severity.value();
            counts.put(value, (int) all.stream().filter(f -> f.severity().equals(value)).count());
        }
        return new CheckReport(result.source().file(), counts, outside, standards);
    }

    /** The standard whose lines hold {@code line}; the first one whose span starts there wins. */
    private static int owner(List<Standard> standards, int line) {
        for (int i = 0; i < standards.size(); i++) {
            Standard s = standards.get(i);
            if (line > 0 && s.span() != null && line >= s.span().startLine() && line <= s.span().endLine()) {
                return i;
            }
        }
        return -1;
    }

    private static Finding finding(Diagnostic d, String origin, IntFunction<String> lines) {
        return new Finding(d.severity().value(), d.code().code(), d.line(), origin, d.code().explanation(), d.message(),
                quote(lines, d.line()));
    }

    private static String quote(IntFunction<String> lines, int line) {
        if (lines == null || line <= 0) {
            return null;
        }
        String text = lines.apply(line);
        if (text == null) {
            return null;
        }
        text = text.replace('\t', ' ').replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1) + "…";
    }
}
