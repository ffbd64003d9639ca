package org.profstd.search.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.profstd.search.CardMatch;
import org.profstd.search.Evidence;
import org.profstd.search.GapResult;
import org.profstd.search.MatchReason;
import org.profstd.search.MatchResult;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;
import org.profstd.search.index.StandardIndex;

/**
 * Ranks the profession cards of the current editions for a CV, vacancy or course text, and lists what a text meets
 * and misses of one card. The text is read once ({@link AnalyzedText}); Lucene finds the candidate cards from the
 * requirements that share its words and from the names that share its title's; each candidate's requirements, read
 * from the index, are then checked against the text's sentences through the text's own term index. A card scores by
 * the specific requirements the text evidences, its title naming the card, its name appearing in the text, and the
 * level the text suggests; every match says how much each of these added.
 */
public final class CardMatcher {
    /** Items retrieved to find candidate cards, candidates found that way, and candidates found by the title. */
    private static final int CANDIDATE_ITEMS = 1000;
    private static final int CANDIDATE_CARDS = 30;
    private static final int TITLE_CARDS = 10;
    /** The most frequent terms of a long text, per language, that look for requirements. */
    private static final int MAX_QUERY_TERMS = 120;
    /** A title that fully names the card adds this much. */
    private static final double TITLE_WEIGHT = 0.6;
    /**
     * A card named in the text (its name or its standard's title, of two words at least, nearly all of them in one
     * sentence) gains up to this much.
     */
    private static final double NAME_BONUS = 0.2;
    private static final int MIN_NAME_TERMS = 2;
    private static final double MIN_NAMED = 0.75;
    /** Each level between the card and the text's estimate costs this share of the score ... */
    private static final double LEVEL_PENALTY = 0.2;
    /**
     * ... and each level the card is farther than its standard's nearest card this share of the rest: the cards of
     * one profession at two levels share most requirements, and a higher card, with more of them, should not outrank
     * the card of the level the text asks for.
     */
    private static final double WITHIN_STANDARD_PENALTY = 0.15;
    /** What each further requirement evidenced by a sentence already counted on the card keeps of its weight. */
    static final double SENTENCE_REUSE = 0.7;

    private final CardSource cards;
    private final Analysis analysis;
    private final Vocabulary tools;
    private final Vocabulary terms;
    private final Vocabulary titles;
    private final Set<Vocabulary.Concept> toolConcepts;
    private final GenericWords generic;
    private final TitleSignal.Words titleWords;
    private volatile Rarity rarity;

    public CardMatcher(StandardIndex index) {
        this(new LuceneCards(index), index.analysis());
    }

    /** A matcher over cards held elsewhere (a search cluster), analysed as {@code analysis} analyses them. */
    public CardMatcher(CardSource cards, Analysis analysis) {
        this.cards = cards;
        this.analysis = analysis;
        this.tools = Vocabulary.load(Vocabulary.TOOLS, analysis);
        this.terms = Vocabulary.load(Vocabulary.TERMS, analysis);
        this.titles = Vocabulary.load(Vocabulary.TITLES, analysis);
        this.toolConcepts = Set.copyOf(tools.concepts());
        this.generic = new GenericWords(analysis);
        this.titleWords = TitleSignal.Words.of(analysis);
    }

    public MatchResult match(String text, int limit) {
        AnalyzedText analyzed = new AnalyzedText(text, analysis, tools, terms);
        TitleSignal title = TitleSignal.of(text, analysis, titles, terms, titleWords);
        OptionalInt level = LevelEstimator.estimate(text);
        try (CardSource.View view = cards.open()) {
            RequirementIndex requirements = new RequirementIndex(view);
            Evidencer evidencer = new Evidencer(rarity(view), generic);
            Set<String> candidates = new LinkedHashSet<>();
            if (!title.isEmpty()) {
                candidates.addAll(requirements.cardsByName(title.terms(), TITLE_CARDS));
            }
            candidates.addAll(requirements.cardsByItems(queryTerms(analyzed, evidencer), CANDIDATE_ITEMS,
                    CANDIDATE_CARDS));
            List<RequirementIndex.IndexedCard> cards = requirements.cards(candidates);
            Map<String, Integer> nearest = nearestLevels(cards, level);
            List<CardMatch> matches = new ArrayList<>();
            for (RequirementIndex.IndexedCard card : cards) {
                score(card, analyzed, title, evidencer, level, nearest.getOrDefault(card.standard().id(), 0))
                        .ifPresent(matches::add);
            }
            matches.sort(Comparator.comparingDouble(CardMatch::score).reversed()
                    .thenComparing(m -> m.card().id()));
            return new MatchResult(matches.subList(0, Math.min(limit, matches.size())));
        }
    }

    /** The card's requirements met by the text (with the evidence) and not met; empty for an unknown card. */
    public Optional<GapResult> gap(String text, String cardId) {
        try (CardSource.View view = cards.open()) {
            Optional<RequirementIndex.IndexedCard> indexed = new RequirementIndex(view).card(cardId);
            if (indexed.isEmpty()) {
                return Optional.empty();
            }
            RequirementIndex.IndexedCard card = indexed.get();
            AnalyzedText analyzed = new AnalyzedText(text, analysis, tools, terms);
            CardEvidence read = evidence(card, analyzed, new Evidencer(rarity(view), generic));
            return Optional.of(new GapResult(card.standard(), card.card(), read.met(), read.notMet()));
        }
    }

    private Optional<CardMatch> score(RequirementIndex.IndexedCard card, AnalyzedText text, TitleSignal title,
            Evidencer evidencer, OptionalInt level, int nearestInStandard) {
        CardEvidence read = evidence(card, text, evidencer);
        List<Evidence> evidence = read.met();
        double strength = evidence.stream().mapToDouble(Evidence::weight).sum();
        Optional<TitleSignal.Fit> fit = title.fit(card.names(), card.language());
        MatchReason.Title titled = fit.map(f -> new MatchReason.Title(f.title(), f.name(),
                round(TITLE_WEIGHT * f.score()))).orElse(null);
        double named = NAME_BONUS * named(card, text, evidencer, !evidence.isEmpty());
        if (evidence.isEmpty() && titled == null && named == 0) {
            return Optional.empty();
        }
        double factor = levelFit(card.card().level(), level, nearestInStandard);
        double score = (strength + (titled == null ? 0 : titled.score()) + named) * factor;
        MatchReason why = new MatchReason(round(strength), titled, round(named),
                level.isPresent() ? level.getAsInt() : null, round(factor), List.copyOf(read.tools()));
        double coverage = (double) evidence.size() / Math.max(1, card.requirements().size());
        return Optional.of(new CardMatch(round(score), round(coverage), card.standard(), card.card(), evidence, why));
    }

    /**
     * What a text shows of a card's requirements: the evidence of each it meets (a repeated sentence discounted), the
     * requirements it does not, and the tools of the text that carried its words to them.
     */
    private record CardEvidence(List<Evidence> met, List<GapResult.Requirement> notMet, Set<String> tools) {
    }

    private CardEvidence evidence(RequirementIndex.IndexedCard card, AnalyzedText text, Evidencer evidencer) {
        double norm = Math.sqrt(Math.max(1, card.requirements().size()));
        List<Evidence> met = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        List<GapResult.Requirement> notMet = new ArrayList<>();
        Set<String> usedTools = new LinkedHashSet<>();
        for (Requirement requirement : card.requirements()) {
            Optional<Evidencer.Found> found = evidencer.best(requirement, text);
            if (found.isPresent()) {
                met.add(evidence(requirement, text, found.get(), evidencer, norm));
                sentences.add(found.get().sentence());
                found.get().via().stream().filter(u -> toolConcepts.contains(u.concept()))
                        .forEach(u -> usedTools.add(u.form()));
            } else {
                notMet.add(new GapResult.Requirement(requirement.text(), requirement.kind()));
            }
        }
        return new CardEvidence(discountRepeats(met, sentences), notMet, usedTools);
    }

    /**
     * How well one sentence of the text names the card (any of its names) or, when the text already evidences the
     * card, its standard's title: the standard's title names a whole field ("Программист"), which supports a card
     * the text evidences but alone says nothing about which card fits.
     */
    private double named(RequirementIndex.IndexedCard card, AnalyzedText text, Evidencer evidencer,
            boolean evidenced) {
        List<String> names = new ArrayList<>(card.names());
        if (evidenced && card.standard().title() != null) {
            names.add(card.standard().title());
        }
        double best = 0;
        for (String name : names) {
            List<String> terms = QueryFactory.terms(analysis.index(card.language()), "text", name).stream()
                    .filter(t -> !t.chars().allMatch(Character::isDigit)).toList();
            if (terms.size() >= MIN_NAME_TERMS) {
                double strength = evidencer.bestByWords(new Requirement(name, "name", card.language(), terms), text)
                        .filter(f -> namedByWords(f, text, card.language()))
                        .map(Evidencer.Found::strength).orElse(0.0);
                best = Math.max(best, strength >= MIN_NAMED ? strength : 0);
            }
        }
        return best;
    }

    /**
     * Whether the words a name shares with a sentence are two words of the text at least, one of them its own: a word
     * of the sentence itself counts one, an English or Kazakh form as many words as it has, whatever it translates
     * to, and a tool one when the sentence has a word of the name itself. "облачной платформы на базе OpenStack" names
     * "Облачные технологии" and "техникалық қолдау" technical support, while the one word "developer", translated to
     * "разработчик программного обеспечения", names no card (in "CUDA developer: C++" it is part of another role).
     */
    private boolean namedByWords(Evidencer.Found found, AnalyzedText text, String language) {
        Set<String> own = new java.util.HashSet<>();
        Map<String, Integer> translated = new HashMap<>();
        Set<String> tools = new java.util.HashSet<>();
        for (String term : found.shared()) {
            Vocabulary.Use use = text.addedBy(language, found.sentence(), term);
            if (use == null) {
                own.add(term);
            } else if (toolConcepts.contains(use.concept())) {
                tools.add(use.form());
            } else {
                translated.put(use.form(), use.words());
            }
        }
        int words = own.size() + translated.values().stream().mapToInt(Integer::intValue).sum();
        return words >= MIN_NAME_TERMS || !own.isEmpty() && words + tools.size() >= MIN_NAME_TERMS;
    }

    /**
     * The evidence with each sentence counted in full once per card: the second requirement one sentence evidences
     * counts {@value #SENTENCE_REUSE} of its weight, the third that much of that, and so on, the strongest first. A
     * card of many near-identical requirements ("техники", "виды", "инструменты тестирования приложений") would
     * otherwise take a whole field's worth of evidence from one incidental line ("құрылғылар мен қосымшаны
     * тестілеу"), against a card whose requirements the rest of the text evidences one by one.
     */
    static List<Evidence> discountRepeats(List<Evidence> evidence, List<Integer> sentences) {
        Map<Integer, List<Integer>> bySentence = new HashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            bySentence.computeIfAbsent(sentences.get(i), s -> new ArrayList<>()).add(i);
        }
        double[] share = new double[evidence.size()];
        for (List<Integer> same : bySentence.values()) {
            same.sort(Comparator.comparingDouble((Integer i) -> evidence.get(i).weight()).reversed()
                    .thenComparing(i -> i));
            double next = 1;
            for (int i : same) {
                share[i] = next;
                next *= SENTENCE_REUSE;
            }
        }
        List<Evidence> counted = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            counted.add(share[i] == 1 ? e
                    : new Evidence(e.requirement(), e.kind(), e.source(), round(e.weight() * share[i]), e.via()));
        }
        return counted;
    }

    private static Evidence evidence(Requirement requirement, AnalyzedText text, Evidencer.Found found,
            Evidencer evidencer, double norm) {
        double weight = found.strength() * evidencer.specificity(requirement) / norm;
        return new Evidence(requirement.text(), requirement.kind(), text.sentences().get(found.sentence()),
                round(weight), found.via().stream().map(Vocabulary.Use::form).distinct().toList());
    }

    /**
     * The text's terms that look for requirements: its content words (a word most requirements have finds little and
     * costs most), at most {@value #MAX_QUERY_TERMS} per language, those the text repeats and the registry rarely has
     * first.
     */
    private static Map<String, Collection<String>> queryTerms(AnalyzedText text, Evidencer evidencer) {
        Map<String, Collection<String>> terms = new HashMap<>();
        for (String language : List.of(Analysis.RU, Analysis.KK)) {
            Map<String, Double> weight = new HashMap<>();
            text.in(language).frequency.forEach((term, count) -> {
                if (evidencer.isContent(term, language)) {
                    weight.put(term, (1 + Math.log(count)) * evidencer.rarity(term));
                }
            });
            terms.put(language, weight.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(MAX_QUERY_TERMS).map(Map.Entry::getKey).toList());
        }
        return terms;
    }

    private Rarity rarity(CardSource.View view) {
        Rarity current = Rarity.of(view, rarity);
        rarity = current;
        return current;
    }

    /**
     * The share of the score a card keeps for the distance between its level and the text's: a mild cost for the
     * distance itself (a field whose cards are all far from the text's level fits it less), and a stronger one for
     * the distance beyond that of its standard's nearest candidate card, which makes the level choose among a
     * standard's cards more than among fields. A card whose level the document does not give is taken to be one
     * level off: it should not win over a card of the right level.
     */
    private static double levelFit(Integer cardLevel, OptionalInt estimate, int nearestInStandard) {
        if (estimate.isEmpty()) {
            return 1.0;
        }
        int distance = distance(cardLevel, estimate.getAsInt());
        return Math.max(0.1, (1.0 - LEVEL_PENALTY * distance)
                * (1.0 - WITHIN_STANDARD_PENALTY * (distance - nearestInStandard)));
    }

    private static int distance(Integer cardLevel, int estimate) {
        return cardLevel == null ? 1 : Math.abs(cardLevel - estimate);
    }

    /** Per standard, the distance of its candidate card nearest to the estimated level. */
    private static Map<String, Integer> nearestLevels(List<RequirementIndex.IndexedCard> cards, OptionalInt estimate) {
        Map<String, Integer> nearest = new HashMap<>();
        if (estimate.isPresent()) {
            for (RequirementIndex.IndexedCard card : cards) {
                nearest.merge(card.standard().id(), distance(card.card().level(), estimate.getAsInt()), Math::min);
            }
        }
        return nearest;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
