package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.List;
import org.profstd.analysis.Pairing;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Compares the requirements of a KZ function with those of an RU function, kind by kind. What a KZ worker does is
 * named by the skills or tasks of the function (and the rare labor action); an RU function lists labor actions. Abilities
 * and knowledge compare with abilities and knowledge.
 */
final class RequirementComparison {
    /** Two standards word one requirement in their own way: a looser bar than for two editions of one standard. */
    static final double SAME_REQUIREMENT = 0.45;

    private final List<RequirementPair> shared = new ArrayList<>();
    private final List<Requirement> onlyKz = new ArrayList<>();
    private final List<Requirement> onlyRu = new ArrayList<>();

    private RequirementComparison() {
    }

    static SharedFunction compare(FunctionProfile kz, FunctionProfile ru, double similarity, String kzLanguage,
            String ruLanguage) {
        RequirementComparison c = new RequirementComparison();
        for (String kind : List.of(Requirement.ACTION, Requirement.ABILITY, Requirement.KNOWLEDGE)) {
            c.compareKind(requirements(kz.function(), kind), requirements(ru.function(), kind), kzLanguage, ruLanguage);
        }
        return new SharedFunction(kz.function().name(), ru.function().name(), ru.function().code(),
                EquivalenceFinder.round(similarity), c.shared, c.onlyKz, c.onlyRu);
    }

    private void compareKind(List<Requirement> kz, List<Requirement> ru, String kzLanguage, String ruLanguage) {
        List<TextProfile> a = kz.stream().map(r -> TextProfile.of(r.text(), kzLanguage)).toList();
        List<TextProfile> b = ru.stream().map(r -> TextProfile.of(r.text(), ruLanguage)).toList();
        Pairing pairing = Pairing.of(a, b, Similarity::score, SAME_REQUIREMENT);
        for (Pairing.Pair p : pairing.pairs()) {
            shared.add(new RequirementPair(kz.get(p.first()).kind(), kz.get(p.first()).text(),
                    ru.get(p.second()).text(), EquivalenceFinder.round(p.score())));
        }
        pairing.onlyInFirst().forEach(i -> onlyKz.add(kz.get(i)));
        pairing.onlyInSecond().forEach(j -> onlyRu.add(ru.get(j)));
    }

    /** The requirements of one kind, each text once. */
    static List<Requirement> requirements(LaborFunction function, String kind) {
        List<Requirement> list = new ArrayList<>();
        for (Unit unit : function.units()) {
            switch (kind) {
                case Requirement.ACTION -> {
                    if (unit.kind() != UnitKind.FUNCTION && unit.name() != null && !unit.name().isBlank()) {
                        add(list, kind, unit.name(), firstLine(unit));
                    }
                    unit.actions().forEach(i -> add(list, kind, i.text(), i.line()));
                }
                case Requirement.ABILITY -> unit.abilities().forEach(i -> add(list, kind, i.text(), i.line()));
                default -> unit.knowledge().forEach(i -> add(list, kind, i.text(), i.line()));
            }
        }
        return list;
    }

    private static void add(List<Requirement> list, String kind, String text, int line) {
        if (list.stream().noneMatch(r -> r.text().equals(text))) {
            list.add(new Requirement(kind, text, line));
        }
    }

    private static int firstLine(Unit unit) {
        for (List<Item> items : List.of(unit.actions(), unit.abilities(), unit.knowledge())) {
            if (!items.isEmpty()) {
                return items.get(0).line();
            }
        }
        return 0;
    }
}
