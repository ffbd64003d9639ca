package org.profstd.cli;

import java.io.PrintWriter;
import java.util.List;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/** A standard as an indented tree: passport line, cards, functions, units, and items with their source lines. */
final class TreePrinter {
    private final PrintWriter out;

    TreePrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Standard s) {
        out.printf("%s%s  [%s, %s, %s, version %s, %s]%n", orNone(s.title()), s.code() == null ? "" : " (" + s.code() + ")",
                s.jurisdiction(), s.language(), s.format(), orDash(s.version()), orDash(s.year()));
        for (Card c : s.cards()) {
            out.printf("  card: %s%s, level %s%n", orNone(c.name()), c.code() == null ? "" : " (" + c.code() + ")",
                    orDash(c.level()));
            for (LaborFunction f : c.functions()) {
                out.printf("    function: %s%s%n", f.code() == null ? "" : f.code() + " ", orNone(f.name()));
                for (Unit u : f.units()) {
                    out.printf("      %s: %s%n", u.kind(), orNone(u.name()));
                    items("actions", u.actions());
                    items("abilities", u.abilities());
                    items("knowledge", u.knowledge());
                }
            }
        }
    }

    private void items(String label, List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("        %s:%n", label);
        for (Item i : items) {
            out.printf("          line %-5d %s%n", i.line(), i.text());
        }
    }

    private static String orNone(String s) {
        return s == null ? "(no name)" : s;
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
