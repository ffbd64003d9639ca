package org.profstd.analysis.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.profstd.analysis.Describe;
import org.profstd.analysis.Pairing;
import org.profstd.analysis.Similarity;
import org.profstd.analysis.TextProfile;
import org.profstd.analysis.diff.Edition;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.LaborFunction;
import org.profstd.model.Language;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/**
 * Aligns the text of a standard in one language with its text in the other. Cards pair by occupation code and level
 * (language-neutral facts). Inside paired cards, functions, units and items pair by the optimal assignment of a score
 * that weighs their position in the list, the words a learned {@link BilingualLexicon} translates, and shared anchors
 * (numbers, codes, Latin terms).
 *
 * <p>The lexicon is learned in rounds: the first round knows no words and pairs by position and anchors; the pairs it
 * is sure of (same position in lists of the same length, or a high score) teach the lexicon; the next round aligns
 * again with it, and so on. Parts left without a counterpart, and paired parts whose lists differ in length, show that
 * the two texts are different versions rather than translations.
 */
public final class LanguageAligner {
    static final int ROUNDS = 3;
    static final double PAIR_THRESHOLD = 0.3;
    static final double TRUSTED = 0.55;
    private static final double POSITION_WEIGHT = 0.4;
    private static final double ANCHOR_WEIGHT = 0.15;
    private static final int SAMPLE = 12;

    private final String firstLanguage;
    private final String secondLanguage;
    private BilingualLexicon lexicon = BilingualLexicon.empty();
    private final List<TextPair> trusted = new ArrayList<>();
    private final List<AlignedPair> pairs = new ArrayList<>();
    private final List<Unpaired> unpaired = new ArrayList<>();
    private final List<CountDifference> counts = new ArrayList<>();

    private LanguageAligner(String firstLanguage, String secondLanguage) {
        this.firstLanguage = firstLanguage;
        this.secondLanguage = secondLanguage;
    }

    public static LanguageAlignment align(String firstFile, Standard first, String secondFile, Standard second) {
        return run(first, second).result(Edition.of(firstFile, first), Edition.of(secondFile, second));
    }

    /** The lexicon the rounds learned from a pair of texts, for inspection and tests. */
    public static BilingualLexicon learnedLexicon(Standard first, Standard second) {
        return run(first, second).lexicon;
    }

    private static LanguageAligner run(Standard first, Standard second) {
        LanguageAligner aligner = new LanguageAligner(languageOf(first), languageOf(second));
        for (int round = 0; round < ROUNDS; round++) {
            aligner.clear();
            aligner.alignCards(first.cards(), second.cards());
            aligner.lexicon = BilingualLexicon.learn(aligner.trusted);
        }
        return aligner;
    }

    private static String languageOf(Standard s) {
        return Language.codeOrRussian(s.language());
    }

    private void clear() {
        trusted.clear();
        pairs.clear();
        unpaired.clear();
        counts.clear();
    }

    private void alignCards(List<Card> firsts, List<Card> seconds) {
        Pairing pairing = Pairing.of(firsts, seconds, LanguageAligner::cardScore, 1.0);
        for (Pairing.Pair p : pairing.pairs()) {
            Card a = firsts.get(p.first());
            Card b = seconds.get(p.second());
            TextProfile an = TextProfile.of(a.name(), firstLanguage);
            TextProfile bn = TextProfile.of(b.name(), secondLanguage);
            trusted.add(new TextPair(an, bn));
            pairs.add(new AlignedPair("card", Describe.card(a), Describe.card(b), a.name(), b.name(), line(a),
                    line(b), 1.0));
            String path = Describe.card(a);
            compareCounts(path, "functions", a.functions().size(), b.functions().size());
            alignList(a.functions(), b.functions(), "function", path, Describe.card(b), LaborFunction::name, f -> 0,
                    (i, f) -> Describe.function(f, i), this::alignFunction);
        }
        pairing.onlyInFirst().forEach(i -> unpaired.add(new Unpaired("card", "first", Describe.card(firsts.get(i)),
                firsts.get(i).name(), line(firsts.get(i)))));
        pairing.onlyInSecond().forEach(j -> unpaired.add(new Unpaired("card", "second",
                Describe.card(seconds.get(j)), seconds.get(j).name(), line(seconds.get(j)))));
    }

    /** Cards are the same profession at the same level when code and level agree; names in two languages don't. */
    private static double cardScore(Card a, Card b) {
        boolean sameCode = a.code() != null && a.code().equals(b.code());
        boolean sameLevel = Objects.equals(a.level(), b.level());
        return sameCode && sameLevel ? 2.0 : 0.0;
    }

    private void alignFunction(LaborFunction a, LaborFunction b, String path, String secondPath) {
        compareCounts(path, "units", a.units().size(), b.units().size());
        alignList(a.units(), b.units(), "unit", path, secondPath, Unit::name, u -> 0, (i, u) -> Describe.unit(u, i),
                this::alignUnit);
    }

    private void alignUnit(Unit a, Unit b, String path, String secondPath) {
        alignItems(a.actions(), b.actions(), "actions", path, secondPath);
        alignItems(a.abilities(), b.abilities(), "abilities", path, secondPath);
        alignItems(a.knowledge(), b.knowledge(), "knowledge", path, secondPath);
    }

    private void alignItems(List<Item> a, List<Item> b, String list, String path, String secondPath) {
        compareCounts(path, list, a.size(), b.size());
        alignList(a, b, "item", path, secondPath, Item::text, Item::line, (i, item) -> list + " " + (i + 1),
                (x, y, p, q) -> { });
    }

    /** Aligns what is inside two paired parts; each side's path names the part in its own document. */
    private interface Inside<T> {
        void align(T first, T second, String firstPath, String secondPath);
    }

    private interface Label<T> {
        String of(int index, T element);
    }

    private <T> void alignList(List<T> firsts, List<T> seconds, String level, String parent, String secondParent,
            Function<T, String> text, ToIntFunction<T> line, Label<T> label, Inside<T> inside) {
        List<TextProfile> a = firsts.stream().map(t -> TextProfile.of(text.apply(t), firstLanguage)).toList();
        List<TextProfile> b = seconds.stream().map(t -> TextProfile.of(text.apply(t), secondLanguage)).toList();
        List<Integer> ai = indexes(a.size());
        List<Integer> bi = indexes(b.size());
        Pairing pairing = Pairing.of(ai, bi, (i, j) -> score(a, b, i, j), PAIR_THRESHOLD);
        for (Pairing.Pair p : pairing.pairs()) {
            T x = firsts.get(p.first());
            T y = seconds.get(p.second());
            double score = Math.round(p.score() * 1000) / 1000.0;
            String firstPath = parent + " › " + label.of(p.first(), x);
            String secondPath = secondParent + " › " + label.of(p.second(), y);
            pairs.add(new AlignedPair(level, firstPath, secondPath, text.apply(x), text.apply(y), line.applyAsInt(x),
                    line.applyAsInt(y), score));
            boolean structural = a.size() == b.size() && p.first() == p.second();
            if (structural || p.score() >= TRUSTED) {
                trusted.add(new TextPair(a.get(p.first()), b.get(p.second())));
            }
            inside.align(x, y, firstPath, secondPath);
        }
        pairing.onlyInFirst().forEach(i -> unpaired.add(new Unpaired(level, "first",
                parent + " › " + label.of(i, firsts.get(i)), text.apply(firsts.get(i)), line.applyAsInt(firsts.get(i)))));
        pairing.onlyInSecond().forEach(j -> unpaired.add(new Unpaired(level, "second",
                secondParent + " › " + label.of(j, seconds.get(j)), text.apply(seconds.get(j)),
                line.applyAsInt(seconds.get(j)))));
    }

    /** Position in the list, translated words and shared anchors. */
    private double score(List<TextProfile> a, List<TextProfile> b, int i, int j) {
        double position = 1.0 - (double) Math.abs(i - j) / Math.max(a.size(), b.size());
        double words = lexicon.similarity(a.get(i), b.get(j));
        Set<String> anchorsA = Anchors.of(a.get(i).text());
        Set<String> anchorsB = Anchors.of(b.get(j).text());
        double anchors = anchorsA.isEmpty() && anchorsB.isEmpty() ? words : Similarity.dice(anchorsA, anchorsB);
        return POSITION_WEIGHT * position + (1 - POSITION_WEIGHT - ANCHOR_WEIGHT) * words + ANCHOR_WEIGHT * anchors;
    }

    private void compareCounts(String path, String what, int first, int second) {
        if (first != second) {
            counts.add(new CountDifference(path, what, first, second));
        }
    }

    private LanguageAlignment result(Edition first, Edition second) {
        List<String> verdict = new ArrayList<>();
        for (Unpaired u : unpaired) {
            if (!u.level().equals("item")) {
                verdict.add(u.level() + " " + u.path() + " of the " + u.side() + " document has no counterpart");
            }
        }
        for (CountDifference c : counts) {
            if (c.what().equals("functions") || c.what().equals("units")) {
                verdict.add(c.path() + " has " + c.first() + " " + c.what() + " in the first document and "
                        + c.second() + " in the second");
            }
        }
        boolean same = verdict.isEmpty();
        verdict.add(0, same ? "the two texts have the same structure: they can be translations of one version"
                : "the two texts are different versions of the standard");
        return new LanguageAlignment(first, second, same, verdict, lexicon.size(), sample(), pairs, unpaired, counts);
    }

    private List<String> sample() {
        List<String> sample = new ArrayList<>();
        for (TextPair p : trusted) {
            for (String stem : p.first().stems()) {
                String translation = lexicon.translation(stem);
                String entry = stem + " = " + translation;
                if (translation != null && !stem.equals(translation) && !sample.contains(entry)
                        && sample.size() < SAMPLE) {
                    sample.add(entry);
                }
            }
        }
        return sample;
    }

    private static List<Integer> indexes(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static int line(Card card) {
        return card.span() == null ? 0 : card.span().startLine();
    }
}
