package org.profstd.analysis.equivalence;

import java.io.PrintWriter;
import java.util.List;
import org.profstd.analysis.diff.Edition;

/** The equivalence as text: the verdict, each pair of cards with its shared and missing functions, then the levels. */
public final class EquivalenceText {
    private EquivalenceText() {
    }

    public static void print(Equivalence e, PrintWriter out) {
        out.println("KZ: " + edition(e.kz()));
        out.println("RU: " + edition(e.ru()));
        out.println("occupation groups (ISCO-08): KZ " + groups(e.kzOccupationGroups()) + "; RU "
                + groups(e.ruOccupationGroups()));
        out.println();
        e.verdict().forEach(v -> out.println("* " + v));
        for (CardPair p : e.pairs()) {
            out.println();
            out.printf("KZ card %s  ~  RU %s (%.2f)%n", card(p.kz()), card(p.ru()), p.score());
            for (SharedFunction f : p.shared()) {
                out.printf("  shared (%.2f): %s%n           = %s %s%n", f.similarity(), f.kz(), f.ruCode(), f.ru());
                out.printf("    requirements: %d shared, %d only in KZ, %d only in RU%n",
                        f.sharedRequirements().size(), f.onlyKzRequirements().size(), f.onlyRuRequirements().size());
                f.sharedRequirements().forEach(r -> out.printf("      = %s: %s  |  %s%n", r.kind(), r.kz(), r.ru()));
                f.onlyKzRequirements().forEach(r -> out.printf("      KZ only %s: %s%n", r.kind(), r.text()));
                f.onlyRuRequirements().forEach(r -> out.printf("      RU only %s: %s%n", r.kind(), r.text()));
            }
            p.onlyKz().forEach(f -> out.println("  only in KZ: " + f));
            p.onlyRu().forEach(f -> out.println("  only in RU: " + f));
        }
        if (!e.unpairedKz().isEmpty() || !e.unpairedRu().isEmpty()) {
            out.println();
            out.println("cards without a counterpart:");
            e.unpairedKz().forEach(c -> out.println("  KZ " + card(c)));
            e.unpairedRu().forEach(c -> out.println("  RU " + card(c)));
        }
        printList("KZ functions found nowhere in the RU standard:", e.onlyKz(), out);
        printList("RU functions found nowhere in the KZ standard:", e.onlyRu(), out);
        if (!e.levels().isEmpty()) {
            out.println();
            out.println("levels (KZ ORK 1-8 beside RU 1-9), as the paired cards place the same work:");
            for (LevelRow row : e.levels()) {
                out.printf("  KZ %s  ~  RU %s   %s  ~  %s%n", level(row.kz()), level(row.ru()),
                        String.join("; ", row.kzCards()), String.join("; ", row.ruCards()));
            }
        }
    }

    private static void printList(String title, List<String> list, PrintWriter out) {
        if (!list.isEmpty()) {
            out.println();
            out.println(title);
            list.forEach(s -> out.println("  " + s));
        }
    }

    private static String edition(Edition e) {
        return "\"" + e.title() + "\"" + (e.code() == null ? "" : " " + e.code())
                + (e.year() == null ? "" : ", " + e.year()) + " (" + e.cards() + " cards) from " + e.file();
    }

    private static String card(CardRef c) {
        return (c.code() == null ? "" : c.code() + " ") + "«" + c.name() + "», level " + level(c.level());
    }

    private static String level(Integer level) {
        return level == null ? "-" : level.toString();
    }

    private static String groups(List<String> groups) {
        return groups.isEmpty() ? "none" : String.join(", ", groups);
    }
}
