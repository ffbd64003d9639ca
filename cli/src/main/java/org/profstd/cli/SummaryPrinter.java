package org.profstd.cli;

import java.io.PrintWriter;
import org.profstd.model.Card;
import org.profstd.model.Diagnostic;
import org.profstd.model.LaborFunction;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/** The human summary of a parse: per standard its cards with counts, then the diagnostics. */
final class SummaryPrinter {
    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ParseResult result) {
        out.printf("%s  (%s, %s, %d standard%s)%n", result.source().file(), result.source().format(),
                result.source().language(), result.standards().size(), result.standards().size() == 1 ? "" : "s");
        if (result.act() != null) {
            out.printf("  act: %s No %s of %s%s%n", result.act().kind(), result.act().number(), result.act().date(),
                    result.act().amends() == null ? ""
                            : ", amends No " + result.act().amends().number() + " of " + result.act().amends().date());
        }
        for (Standard s : result.standards()) {
            out.printf("%n  %s%s  [%s, %s, lines %d-%d]%n", s.title(), s.code() == null ? "" : " (" + s.code() + ")",
                    s.format(), s.language(), s.span().startLine(), s.span().endLine());
            out.printf("    %-60s %5s %5s %5s %9s %9s %7s%n", "card", "level", "func", "units", "abilities",
                    "knowledge", "actions");
            for (Card c : s.cards()) {
                printCard(c);
            }
        }
        out.printf("%n  diagnostics: %d%n", result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            out.printf("    %-7s line %-5d %-24s %s%n", d.severity().value(), d.line(), d.code().code(),
                    d.message());
        }
    }

    private void printCard(Card c) {
        int units = 0;
        int abilities = 0;
        int knowledge = 0;
        int actions = 0;
        for (LaborFunction f : c.functions()) {
            units += f.units().size();
            for (Unit u : f.units()) {
                abilities += u.abilities().size();
                knowledge += u.knowledge().size();
                actions += u.actions().size();
            }
        }
        String label = c.code() == null ? c.name() : c.code() + " " + c.name();
        out.printf("    %-60s %5s %5d %5d %9d %9d %7d%n", shorten(label, 60), c.level() == null ? "-" : c.level(),
                c.functions().size(), units, abilities, knowledge, actions);
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "(no name)";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
