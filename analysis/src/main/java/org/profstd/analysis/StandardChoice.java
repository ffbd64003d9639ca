package org.profstd.analysis;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import org.profstd.model.Card;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;

/**
 * Chooses the standard to compare from a document that may carry many (an order with appendices): by the title or
 * code the user gave, or by the standard of the other document it should be compared with.
 */
public final class StandardChoice {
    private static final double SAME_TITLE = 0.6;

    private StandardChoice() {
    }

    /** The standard whose title or code is {@code wanted}; with no {@code wanted}, the only standard of the document. */
    public static Standard choose(ParseResult document, String wanted) {
        List<Standard> standards = document.standards();
        if (wanted == null) {
            if (standards.size() == 1) {
                return standards.get(0);
            }
            throw new IllegalArgumentException(document.source().file() + " holds " + standards.size()
                    + " standards; choose one with --standard: " + titles(standards));
        }
        for (Standard s : standards) {
            if (same(wanted, s.title()) || same(wanted, s.code())) {
                return s;
            }
        }
        throw new IllegalArgumentException(document.source().file() + " has no standard titled or coded \"" + wanted
                + "\"; it holds: " + titles(standards));
    }

    /**
     * The standard of {@code document} that is another edition of {@code other}: the same code, else the same or a
     * similar title (at least {@value #SAME_TITLE} alike), else the only one.
     */
    public static Standard counterpart(ParseResult document, Standard other) {
        List<Standard> standards = document.standards();
        for (Standard s : standards) {
            if (other.code() != null && same(other.code(), s.code())) {
                return s;
            }
        }
        Standard best = null;
        double bestScore = SAME_TITLE;
        for (Standard s : standards) {
            double score = Similarity.score(nullToEmpty(other.title()), nullToEmpty(s.title()), "ru");
            if (score >= bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return choose(document, null);
    }

    /**
     * The standard of {@code document} that is {@code other} in another language: the same code, else the one whose
     * cards share the most occupation codes with it (titles differ between languages, codes do not).
     */
    public static Standard translation(ParseResult document, Standard other) {
        Set<String> codes = new HashSet<>();
        other.cards().forEach(c -> codes.add(c.code()));
        codes.remove(null);
        Standard best = null;
        long bestShared = 0;
        for (Standard s : document.standards()) {
            if (other.code() != null && same(other.code(), s.code())) {
                return s;
            }
            long shared = s.cards().stream().map(Card::code).filter(codes::contains).distinct().count();
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return best != null ? best : choose(document, null);
    }

    static boolean same(String a, String b) {
        return b != null && fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\"«»“”]", "").strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String titles(List<Standard> standards) {
        return standards.stream().map(s -> "\"" + s.title() + "\"" + (s.code() == null ? "" : " (" + s.code() + ")"))
                .collect(Collectors.joining(", "));
    }
}
