package org.profstd.analysis.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.analysis.diff.Edition;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;
import org.profstd.model.UnitKind;

/**
 * Which outcome of which discipline covers which requirement of which labor function. An outcome covers a requirement
 * when their texts are at least {@value #SAME_REQUIREMENT} alike (a programme words a requirement its own way, "писать
 * программный код" for "создание программного кода"). A function counts as covered when at least {@value #COVERED}
 * of its requirements are; functions repeated on several levels of one profession are one column.
 */
public final class CurriculumCoverage {
    static final double SAME_REQUIREMENT = 0.4;
    static final double COVERED = 0.2;

    private CurriculumCoverage() {
    }

    private record Requirement(String text, String kind, int line, TextProfile profile) {
    }

    private record Column(Card card, LaborFunction function, List<Requirement> requirements) {
    }

    /** @param card the card to cover alone, or null for every card of the standard */
    public static CoverageReport compute(String file, Standard standard, Programme programme, Card card) {
        String language = Language.codeOrRussian(standard.language());
        List<Column> columns = columns(card == null ? standard.cards() : List.of(card), language);
        List<List<Integer>> matrix = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<Set<Integer>> coveredOf = new ArrayList<>();
        List<Set<String>> disciplinesOf = new ArrayList<>();
        columns.forEach(c -> {
            coveredOf.add(new LinkedHashSet<>());
            disciplinesOf.add(new LinkedHashSet<>());
        });
        for (Discipline d : programme.disciplines()) {
            List<TextProfile> outcomes = d.outcomes().stream().map(o -> TextProfile.of(o.text(), language)).toList();
            List<Integer> row = new ArrayList<>();
            for (int f = 0; f < columns.size(); f++) {
                List<Requirement> requirements = columns.get(f).requirements();
                int count = 0;
                for (int r = 0; r < requirements.size(); r++) {
                    int best = -1;
                    double bestScore = SAME_REQUIREMENT;
                    for (int o = 0; o < outcomes.size(); o++) {
                        double score = Similarity.score(outcomes.get(o), requirements.get(r).profile());
                        if (score >= bestScore) {
                            best = o;
                            bestScore = score;
                        }
                    }
                    if (best >= 0) {
                        count++;
                        coveredOf.get(f).add(r);
                        disciplinesOf.get(f).add(d.name());
                        Outcome o = d.outcomes().get(best);
                        Requirement q = requirements.get(r);
                        evidence.add(new Evidence(d.name(), o.text(), o.line(), f, q.text(), q.kind(), q.line(),
                                Math.round(bestScore * 1000) / 1000.0));
                    }
                }
                row.add(count);
            }
            matrix.add(row);
        }
        List<FunctionCoverage> functions = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        int covered = 0;
        for (int f = 0; f < columns.size(); f++) {
            Column c = columns.get(f);
            int n = c.requirements().size();
            double share = n == 0 ? 0 : Math.round(1000.0 * coveredOf.get(f).size() / n) / 1000.0;
            FunctionCoverage fc = new FunctionCoverage(c.card().name(), c.function().code(), c.function().name(), n,
                    coveredOf.get(f).size(), share, new ArrayList<>(disciplinesOf.get(f)));
            functions.add(fc);
            if (share >= COVERED) {
                covered++;
            }
            if (coveredOf.get(f).isEmpty()) {
                uncovered.add(label(fc));
            }
        }
        return new CoverageReport(programme.file(), programme.title(), Edition.of(file, standard),
                card == null ? null : card.name(), programme.disciplines().stream().map(Discipline::name).toList(),
                functions, matrix, covered, uncovered, evidence);
    }

    /** {@code A/01.3 «…»} or, in KZ standards, the function's name. */
    static String label(FunctionCoverage f) {
        return (f.code() == null ? "" : f.code() + " ") + f.name();
    }

    private static List<Column> columns(List<Card> cards, String language) {
        Map<String, Column> byFunction = new LinkedHashMap<>();
        for (Card card : cards) {
            for (LaborFunction f : card.functions()) {
                String key = f.code() != null ? f.code() : f.name();
                byFunction.computeIfAbsent(key, k -> new Column(card, f, requirements(f, language)));
            }
        }
        return new ArrayList<>(byFunction.values());
    }

    private static List<Requirement> requirements(LaborFunction function, String language) {
        List<Requirement> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Unit u : function.units()) {
            if (u.kind() != UnitKind.FUNCTION && u.name() != null && !u.name().isBlank() && seen.add(u.name())) {
                list.add(new Requirement(u.name(), u.kind().value(), 0, TextProfile.of(u.name(), language)));
            }
            add(list, seen, u.actions(), "action", language);
            add(list, seen, u.abilities(), "ability", language);
            add(list, seen, u.knowledge(), "knowledge", language);
        }
        return list;
    }

    private static void add(List<Requirement> list, Set<String> seen, List<Item> items, String kind, String language) {
        for (Item i : items) {
            if (seen.add(i.text())) {
                list.add(new Requirement(i.text(), kind, i.line(), TextProfile.of(i.text(), language)));
            }
        }
    }
}
