package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.List;
import org.profstd.analysis.StandardChoice;
import org.profstd.model.Jurisdiction;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;

/**
 * Chooses the KZ and the RU standard to compare from two documents, given in either order. {@code --standard} names
 * a standard in whichever document holds it; a document holding several otherwise gives the standard that shares the
 * most functions with the other side.
 *
 * @param kzFile the document of the KZ standard
 * @param ruFile the document of the RU standard
 */
public record StandardPair(String kzFile, Standard kz, String ruFile, Standard ru) {

    /** @throws IllegalArgumentException when no KZ and RU standard can be chosen, with the reason in words */
    public static StandardPair choose(ParseResult a, ParseResult b, String wanted) {
        List<Standard> first = candidates(a, wanted, b);
        List<Standard> second = candidates(b, wanted, a);
        StandardPair best = null;
        int bestShared = -1;
        for (Standard x : first) {
            for (Standard y : second) {
                StandardPair pair = ordered(a.source().file(), x, b.source().file(), y);
                if (pair == null) {
                    continue;
                }
                int shared = first.size() * second.size() == 1 ? 0 : EquivalenceFinder.sharedFunctions(pair.kz, pair.ru);
                if (shared > bestShared) {
                    best = pair;
                    bestShared = shared;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("equivalence pairs a Kazakh standard with a Russian one; "
                    + a.source().file() + " holds " + jurisdictions(first) + " and " + b.source().file() + " holds "
                    + jurisdictions(second));
        }
        return best;
    }

    /** The standard named by {@code wanted} when this document holds it (or the other does not), else all. */
    private static List<Standard> candidates(ParseResult document, String wanted, ParseResult other) {
        if (wanted != null && (holds(document, wanted) || !holds(other, wanted))) {
            return List.of(StandardChoice.choose(document, wanted));
        }
        return document.standards();
    }

    private static boolean holds(ParseResult document, String wanted) {
        try {
            StandardChoice.choose(document, wanted);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static StandardPair ordered(String fileX, Standard x, String fileY, Standard y) {
        if (x.jurisdiction() == Jurisdiction.KZ && y.jurisdiction() == Jurisdiction.RU) {
            return new StandardPair(fileX, x, fileY, y);
        }
        if (x.jurisdiction() == Jurisdiction.RU && y.jurisdiction() == Jurisdiction.KZ) {
            return new StandardPair(fileY, y, fileX, x);
        }
        return null;
    }

    private static String jurisdictions(List<Standard> standards) {
        List<String> seen = new ArrayList<>();
        standards.forEach(s -> {
            String jurisdiction = String.valueOf(s.jurisdiction());
            if (!seen.contains(jurisdiction)) {
                seen.add(jurisdiction);
            }
        });
        return seen.isEmpty() ? "no standard" : String.join(" and ", seen) + " standards only";
    }
}
