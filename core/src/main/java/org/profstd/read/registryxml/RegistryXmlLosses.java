package org.profstd.read.registryxml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.profstd.model.Card;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.UnitKind;

/**
 * What of a standard the registry XML cannot carry. The format is the Russian registry's: it has no jurisdiction (a
 * file read back is a Russian standard), codes generalized functions by letter, has no version and no level between a
 * labor function and its items. A Russian standard loses nothing of what the model keeps; a Kazakh one loses the
 * facts listed here, each in words an exporting user can act on.
 */
public final class RegistryXmlLosses {
    private static final int EXAMPLES = 3;

    private RegistryXmlLosses() {
    }

    /** The facts of {@code standard} an export to registry XML would drop or change; empty when it carries them all. */
    public static List<String> of(Standard standard) {
        if (standard.jurisdiction() != Jurisdiction.KZ) {
            return List.of();
        }
        List<String> lost = new ArrayList<>();
        lost.add("its jurisdiction: the registry format is Russian only, so the file reads back as a Russian standard");
        Set<String> codes = new LinkedHashSet<>();
        standard.cards().stream().map(Card::code).filter(Objects::nonNull).forEach(codes::add);
        if (!codes.isEmpty()) {
            lost.add("the occupation codes of its cards (" + examples(codes) + "): cards become generalized functions"
                    + " lettered " + String.join(", ", CardLetters.of(standard.cards()).stream().limit(EXAMPLES)
                            .toList()) + (standard.cards().size() > EXAMPLES ? ", ..." : ""));
        }
        if (standard.version() != null) {
            lost.add("its version (" + standard.version() + "): the format has no field for it");
        }
        int units = 0;
        int functions = 0;
        for (Card card : standard.cards()) {
            for (LaborFunction f : card.functions()) {
                long broken = f.units().stream().filter(u -> u.kind() != UnitKind.FUNCTION).count();
                if (broken > 0) {
                    functions++;
                    units += (int) broken;
                }
            }
        }
        if (units > 0) {
            lost.add(units + " tasks or skills of " + functions + " labor functions: each function's tasks or skills"
                    + " are folded into one function, their names written as labor actions and their abilities and"
                    + " knowledge merged");
        }
        long sublevels = standard.cards().stream().filter(c -> c.sublevel() != null).count();
        if (sublevels > 0) {
            lost.add("the ORK sublevels of " + sublevels + " cards");
        }
        long competencies = standard.cards().stream().filter(c -> !c.personalCompetencies().isEmpty()).count();
        if (competencies > 0) {
            lost.add("the personal competencies of " + competencies + " cards");
        }
        long related = standard.cards().stream().filter(c -> !c.relatedProfessions().isEmpty()).count();
        if (related > 0) {
            lost.add("the related professions of " + related + " cards");
        }
        return List.copyOf(lost);
    }

    private static String examples(Set<String> codes) {
        List<String> first = codes.stream().limit(EXAMPLES).toList();
        return String.join(", ", first) + (codes.size() > EXAMPLES ? " and " + (codes.size() - EXAMPLES) + " more" : "");
    }
}
