package org.profstd.analysis.align;

import java.io.PrintWriter;

/** The alignment as text: the verdict, the paired cards, then what has no counterpart and counts that differ. */
public final class AlignText {
    private AlignText() {
    }

    public static void print(LanguageAlignment a, PrintWriter out) {
        out.printf("first:  \"%s\" (%s, %s, %d cards) from %s%n", a.first().title(), a.first().language(),
                a.first().format(), a.first().cards(), a.first().file());
        out.printf("second: \"%s\" (%s, %s, %d cards) from %s%n", a.second().title(), a.second().language(),
                a.second().format(), a.second().cards(), a.second().file());
        out.println();
        a.verdict().forEach(v -> out.println("* " + v));
        out.println();
        out.printf("pairs: %d cards, %d functions, %d units, %d items; lexicon learned: %d words%n",
                a.pairs("card").size(), a.pairs("function").size(), a.pairs("unit").size(), a.pairs("item").size(),
                a.lexiconSize());
        if (!a.lexiconSample().isEmpty()) {
            out.println("  e.g. " + String.join("; ", a.lexiconSample()));
        }
        out.println();
        out.println("cards paired:");
        a.pairs("card").forEach(p -> out.println("  " + p.first() + "  =  " + p.second()));
        out.println("functions paired:");
        a.pairs("function").forEach(p -> out.printf("  %.2f  %s%n        = %s%n", p.score(), p.first(), p.second()));
        if (!a.unpaired().isEmpty()) {
            out.println();
            out.println("without counterpart:");
            a.unpaired().forEach(u -> out.printf("  %s (%s document)%s: %s%n", u.level(), u.side(),
                    u.line() > 0 ? " line " + u.line() : "", u.path()));
        }
        if (!a.countDifferences().isEmpty()) {
            out.println();
            out.println("counts that differ:");
            a.countDifferences().forEach(c -> out.printf("  %s: %s %d / %d%n", c.path(), c.what(), c.first(),
                    c.second()));
        }
    }
}
