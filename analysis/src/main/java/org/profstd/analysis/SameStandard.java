package org.profstd.analysis;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.profstd.model.Card;
import org.profstd.model.Language;
import org.profstd.model.Standard;

/**
 * Whether two standards read from different files are one standard: two editions of it, or its texts in two
 * languages. The corpus holds several files of one standard (a 2019 and a 2025 edition, a text and its registry XML, a
 * Kazakh and a Russian text), and comparing a standard with itself finds nothing worth reporting.
 */
public final class SameStandard {
    /** A full KZ occupation code, {@code 3512-1-001}: a four-digit group alone says too little. */
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d{4}-\\d-\\d{3}");
    /** Share of full occupation codes two texts of one standard have in common (cards come and go between editions). */
    private static final double SHARED_OCCUPATIONS = 0.8;

    /**
     * How alike two titles in one language must be: "Обеспечение сопровождения программного обеспечения" (2017) and
     * "Сопровождение программного обеспечения" (2025) are one standard, "Разработка программного обеспечения" (0.68
     * alike) is another.
     */
    private static final double SAME_TITLE = 0.85;

    private SameStandard() {
    }

    /**
     * The same code, the same registration number in the same jurisdiction, nearly the same title in one language,
     * or (titles differ between languages) nearly the same full occupation codes on the cards.
     */
    public static boolean of(Standard a, Standard b) {
        if (a.code() != null && StandardChoice.same(a.code(), b.code())) {
            return true;
        }
        if (a.registrationNumber() != null && Objects.equals(a.jurisdiction(), b.jurisdiction())
                && StandardChoice.same(a.registrationNumber(), b.registrationNumber())) {
            return true;
        }
        if (a.title() != null && b.title() != null && Objects.equals(a.language(), b.language())
                && Similarity.score(a.title(), b.title(), language(a)) >= SAME_TITLE) {
            return true;
        }
        Set<String> first = occupationCodes(a);
        Set<String> second = occupationCodes(b);
        return !first.isEmpty() && !second.isEmpty() && Similarity.jaccard(first, second) >= SHARED_OCCUPATIONS;
    }

    private static String language(Standard s) {
        return Language.codeOrRussian(s.language());
    }

    private static Set<String> occupationCodes(Standard s) {
        return s.cards().stream().map(Card::code).filter(Objects::nonNull)
                .filter(c -> OCCUPATION_CODE.matcher(c).matches()).collect(Collectors.toSet());
    }
}
