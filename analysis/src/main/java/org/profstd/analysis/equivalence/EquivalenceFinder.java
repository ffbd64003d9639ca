package org.profstd.analysis.equivalence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.analysis.Pairing;
import org.profstd.analysis.diff.Edition;
import org.profstd.model.Card;
import org.profstd.model.Jurisdiction;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;

/**
 * Pairs the profession cards of a KZ standard with the generalized labor functions of an RU standard for the same
 * occupation. Every KZ labor function is compared with every RU one by name and content ({@link FunctionProfile});
 * those at least {@value #SAME_FUNCTION} alike are counterparts. Each KZ card is paired with the generalized function
 * whose functions it shares most (an RU generalized function often covers the cards of one profession at two levels),
 * and inside the pair the functions and their requirements are compared both ways.
 *
 * <p>The standards are related when at least {@value #RELATED_FUNCTIONS} functions on each side have a counterpart on
 * the other, or one has and the occupation codes share an ISCO-08 unit group. Both sides count: one broad KZ function
 * ("development of cloud software") can resemble two RU functions of a programmer without the standards being one
 * occupation. Codes alone do not make two standards related: the KZ
 * animation standard and the RU technical support one both list the unit group 2512 and share no work. On the corpus
 * the functions of the user support standards are 0.34-0.69 alike, those of the animation and the support standards
 * at most 0.29.
 */
public final class EquivalenceFinder {
    static final double SAME_FUNCTION = 0.4;
    static final int RELATED_FUNCTIONS = 2;

    private final Standard kz;
    private final Standard ru;
    private final List<List<FunctionProfile>> kzCards = new ArrayList<>();
    private final List<List<FunctionProfile>> ruCards = new ArrayList<>();
    private final Map<LaborFunction, Map<LaborFunction, Double>> similarity = new LinkedHashMap<>();

    private EquivalenceFinder(Standard kz, Standard ru) {
        this.kz = kz;
        this.ru = ru;
        kz.cards().forEach(c -> kzCards.add(profiles(c, language(kz))));
        ru.cards().forEach(c -> ruCards.add(profiles(c, language(ru))));
        for (List<FunctionProfile> card : kzCards) {
            for (FunctionProfile a : card) {
                Map<LaborFunction, Double> row = similarity.computeIfAbsent(a.function(), k -> new LinkedHashMap<>());
                ruCards.forEach(otf -> otf.forEach(b -> row.put(b.function(), a.similarity(b))));
            }
        }
    }

    /**
     * @throws IllegalArgumentException when {@code kz} is not a Kazakh standard or {@code ru} not a Russian one
     */
    public static Equivalence compare(String kzFile, Standard kz, String ruFile, Standard ru) {
        if (kz.jurisdiction() != Jurisdiction.KZ || ru.jurisdiction() != Jurisdiction.RU) {
            throw new IllegalArgumentException("equivalence pairs a Kazakh standard with a Russian one; \""
                    + kz.title() + "\" is " + kz.jurisdiction() + " and \"" + ru.title() + "\" is " + ru.jurisdiction());
        }
        return new EquivalenceFinder(kz, ru).result(Edition.of(kzFile, kz), Edition.of(ruFile, ru));
    }

    /** How many functions have a counterpart on both sides, the lesser count: the measure that picks a standard. */
    static int sharedFunctions(Standard kz, Standard ru) {
        EquivalenceFinder finder = new EquivalenceFinder(kz, ru);
        return Math.min(finder.kzFunctionsShared(), finder.ruFunctionsShared());
    }

    private Equivalence result(Edition kzEdition, Edition ruEdition) {
        List<CardPair> pairs = new ArrayList<>();
        List<CardRef> unpairedKz = new ArrayList<>();
        Set<Integer> pairedRu = new LinkedHashSet<>();
        for (int i = 0; i < kzCards.size(); i++) {
            int best = bestGeneralizedFunction(i);
            if (best < 0) {
                unpairedKz.add(CardRef.of(kz.cards().get(i)));
            } else {
                pairs.add(pair(i, best));
                pairedRu.add(best);
            }
        }
        List<CardRef> unpairedRu = new ArrayList<>();
        for (int j = 0; j < ruCards.size(); j++) {
            if (!pairedRu.contains(j)) {
                unpairedRu.add(CardRef.of(ru.cards().get(j)));
            }
        }
        List<String> kzGroups = OccupationGroups.of(kz);
        List<String> ruGroups = OccupationGroups.of(ru);
        List<String> sharedGroups = kzGroups.stream().filter(ruGroups::contains).toList();
        int ruShared = ruFunctionsShared();
        int kzShared = kzFunctionsShared();
        int shared = Math.min(ruShared, kzShared);
        boolean related = shared >= RELATED_FUNCTIONS || shared >= 1 && !sharedGroups.isEmpty();
        List<String> verdict = Verdict.of(related, kz, ru, ruShared, kzShared, sharedGroups, closest());
        return new Equivalence(kzEdition, ruEdition, related, verdict, kzGroups, ruGroups, sharedGroups, pairs,
                unpairedKz, unpairedRu, onlyKz(), onlyRu(), LevelCorrespondence.of(pairs));
    }

    /** The generalized function sharing the most with KZ card {@code i}, the nearest level on a tie; -1 if none. */
    private int bestGeneralizedFunction(int i) {
        int best = -1;
        double bestScore = 0;
        Integer level = kz.cards().get(i).level();
        for (int j = 0; j < ruCards.size(); j++) {
            double score = pairing(i, j).score;
            if (score <= 0) {
                continue;
            }
            boolean closer = best >= 0 && score == bestScore
                    && levelDistance(level, ru.cards().get(j)) < levelDistance(level, ru.cards().get(best));
            if (score > bestScore || closer) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    private static int levelDistance(Integer level, Card card) {
        return level == null || card.level() == null ? Integer.MAX_VALUE : Math.abs(level - card.level());
    }

    private record CardScore(Pairing pairing, double score) {
    }

    private CardScore pairing(int i, int j) {
        List<FunctionProfile> a = kzCards.get(i);
        List<FunctionProfile> b = ruCards.get(j);
        Pairing pairing = Pairing.of(a, b, (x, y) -> similarity(x, y), SAME_FUNCTION);
        double sum = pairing.pairs().stream().mapToDouble(Pairing.Pair::score).sum();
        return new CardScore(pairing, a.isEmpty() && b.isEmpty() ? 0 : 2 * sum / (a.size() + b.size()));
    }

    private CardPair pair(int i, int j) {
        CardScore cs = pairing(i, j);
        List<FunctionProfile> a = kzCards.get(i);
        List<FunctionProfile> b = ruCards.get(j);
        List<SharedFunction> shared = new ArrayList<>();
        for (Pairing.Pair p : cs.pairing().pairs()) {
            shared.add(RequirementComparison.compare(a.get(p.first()), b.get(p.second()), p.score(), language(kz),
                    language(ru)));
        }
        return new CardPair(CardRef.of(kz.cards().get(i)), CardRef.of(ru.cards().get(j)), round(cs.score()), shared,
                cs.pairing().onlyInFirst().stream().map(k -> a.get(k).label()).toList(),
                cs.pairing().onlyInSecond().stream().map(k -> b.get(k).label()).toList());
    }

    private double similarity(FunctionProfile kzFunction, FunctionProfile ruFunction) {
        return similarity.get(kzFunction.function()).get(ruFunction.function());
    }

    private double best(LaborFunction kzFunction) {
        return similarity.get(kzFunction).values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private double bestFor(LaborFunction ruFunction) {
        return similarity.values().stream().mapToDouble(row -> row.get(ruFunction)).max().orElse(0);
    }

    private double closest() {
        return similarity.keySet().stream().mapToDouble(this::best).max().orElse(0);
    }

    private int ruFunctionsShared() {
        return (int) ruFunctions().stream().filter(f -> bestFor(f.function()) >= SAME_FUNCTION).count();
    }

    private int kzFunctionsShared() {
        return (int) kzFunctionNames().entrySet().stream().filter(e -> best(e.getValue()) >= SAME_FUNCTION).count();
    }

    /** KZ functions without a counterpart in the RU standard; a function repeated on two levels is named once. */
    private List<String> onlyKz() {
        return kzFunctionNames().entrySet().stream().filter(e -> best(e.getValue()) < SAME_FUNCTION)
                .map(Map.Entry::getKey).toList();
    }

    private List<String> onlyRu() {
        return ruFunctions().stream().filter(f -> bestFor(f.function()) < SAME_FUNCTION).map(FunctionProfile::label)
                .toList();
    }

    private Map<String, LaborFunction> kzFunctionNames() {
        Map<String, LaborFunction> byName = new LinkedHashMap<>();
        kzCards.forEach(card -> card.forEach(f -> byName.putIfAbsent(f.function().name(), f.function())));
        return byName;
    }

    private List<FunctionProfile> ruFunctions() {
        return ruCards.stream().flatMap(List::stream).toList();
    }

    private static List<FunctionProfile> profiles(Card card, String language) {
        return card.functions().stream().map(f -> FunctionProfile.of(f, language)).toList();
    }

    static String language(Standard s) {
        return Language.codeOrRussian(s.language());
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
