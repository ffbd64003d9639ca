package org.profstd.search.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a text evidences a requirement, and how specific the requirement is. A sentence evidences a
 * requirement when it shares at least half of the requirement's weight (terms weighted by rarity, words every
 * requirement uses counting little) and at least two of its content words (the one content word of a requirement that
 * has only one): "основы" and "знание" shared with "Основы управления проектами" prove nothing.
 */
final class Evidencer {
    static final double MIN_WEIGHTED_OVERLAP = 0.5;
    private static final int MIN_SHARED_CONTENT = 2;
    /** Two stems share a root when they agree on at least this many letters ... */
    static final int MIN_ROOT = 5;
    /** ... and differ in at most this many letters of the shorter one. */
    private static final int ROOT_SLACK = 3;
    /** A word of the same root is weaker evidence than the word itself. */
    private static final double ROOT_MATCH = 0.9;
    /**
     * A word a tool added (Docker adds "контейнеризация") is what the tool is used for, an inference rather than the
     * text's word: it counts this much of the word itself, so that a sentence listing tools evidences less than one
     * saying the work.
     */
    static final double TOOL_MATCH = 0.8;
    /** A term at least one requirement in this many has (inverse frequency below) is not a content word. */
    static final double GENERIC_IDF = 2.2;
    private static final double GENERIC_WEIGHT = 0.25;
    /** A requirement whose content words are this rare on average (about one requirement in 50) is fully specific. */
    private static final double SPECIFIC_IDF = 4.0;
    private static final double MIN_SPECIFICITY = 0.15;

    private final Rarity rarity;
    private final GenericWords generic;

    Evidencer(Rarity rarity, GenericWords generic) {
        this.rarity = rarity;
        this.generic = generic;
    }

    /** The best sentence for a requirement: which one, how much of the requirement it covers, and how. */
    record Found(int sentence, double strength, double own, List<String> shared, Set<Vocabulary.Use> via) {
    }

    boolean isContent(String term, String language) {
        return !generic.contains(term, language) && rarity.idf(term) >= GENERIC_IDF;
    }

    /** The term's rarity among requirements (its inverse document frequency). */
    double rarity(String term) {
        return rarity.idf(term);
    }

    private double weight(String term, String language) {
        return rarity.idf(term) * (isContent(term, language) ? 1 : GENERIC_WEIGHT);
    }

    /**
     * How much a requirement can say about a card, 0-1: the mean rarity of its content words against that of a word
     * one requirement in fifty has. A line every card has (the basics of information security) weighs little.
     */
    double specificity(Requirement requirement) {
        double sum = 0;
        int content = 0;
        for (String term : new LinkedHashSet<>(requirement.terms())) {
            if (isContent(term, requirement.language())) {
                sum += rarity.idf(term);
                content++;
            }
        }
        return content == 0 ? 0 : Math.max(MIN_SPECIFICITY, Math.min(1, sum / content / SPECIFIC_IDF));
    }

    Optional<Found> best(Requirement requirement, AnalyzedText text) {
        return best(requirement, text, TOOL_MATCH);
    }

    /**
     * The best sentence for a name of a card or a standard, when the text's own words (and the words its English and
     * Kazakh terms translate to) carry at least half of the name: the tools' words may complete a name ("облачной
     * платформы на базе OpenStack" names "Облачные технологии") but not make it ("C++" alone does not name
     * "Разработка программного обеспечения").
     */
    Optional<Found> bestByWords(Requirement requirement, AnalyzedText text) {
        return best(requirement, text, TOOL_MATCH).filter(f -> f.own() >= MIN_WEIGHTED_OVERLAP);
    }

    private Optional<Found> best(Requirement requirement, AnalyzedText text, double toolMatch) {
        String language = requirement.language();
        AnalyzedText.Language words = text.in(language);
        Set<String> terms = new LinkedHashSet<>(requirement.terms());
        double total = 0;
        int contentTerms = 0;
        Map<Integer, Tally> tallies = new HashMap<>();
        for (String term : terms) {
            double weight = weight(term, language);
            boolean content = isContent(term, language);
            total += weight;
            contentTerms += content ? 1 : 0;
            for (Map.Entry<Integer, double[]> hit : sentencesWith(term, text, language, toolMatch).entrySet()) {
                tallies.computeIfAbsent(hit.getKey(), s -> new Tally())
                        .add(term, weight * hit.getValue()[0], weight * hit.getValue()[1], content);
            }
        }
        int needed = Math.min(MIN_SHARED_CONTENT, contentTerms);
        Found best = null;
        for (Map.Entry<Integer, Tally> e : tallies.entrySet()) {
            Tally tally = e.getValue();
            double strength = tally.weight / total;
            if (needed > 0 && tally.content >= needed && strength >= MIN_WEIGHTED_OVERLAP
                    && (best == null || strength > best.strength()
                    || strength == best.strength() && e.getKey() < best.sentence())) {
                best = new Found(e.getKey(), strength, tally.own / total, tally.terms, null);
            }
        }
        return Optional.ofNullable(best).map(f -> new Found(f.sentence(), f.strength(), f.own(), f.shared(),
                via(text, language, f)));
    }

    private static Set<Vocabulary.Use> via(AnalyzedText text, String language, Found found) {
        Set<Vocabulary.Use> via = new LinkedHashSet<>();
        for (String term : found.shared()) {
            Vocabulary.Use use = text.addedBy(language, found.sentence(), term);
            if (use != null) {
                via.add(use);
            }
        }
        return via;
    }

    /**
     * The sentences that have the term or a word of its root, with how well each matches it (1 or less): a word a
     * tool of the sentence added counts {@code toolMatch} of the word itself.
     */
    private static Map<Integer, double[]> sentencesWith(String term, AnalyzedText text, String language,
            double toolMatch) {
        AnalyzedText.Language words = text.in(language);
        Map<Integer, double[]> found = new HashMap<>();
        add(found, term, 1.0, text, language, toolMatch);
        if (term.length() >= MIN_ROOT) {
            for (String word : words.byRoot.getOrDefault(term.substring(0, MIN_ROOT), List.of())) {
                if (!word.equals(term) && sameRoot(word, term)) {
                    add(found, word, ROOT_MATCH, text, language, toolMatch);
                }
            }
        }
        return found;
    }

    /** Per sentence, how well it matches the term: {all words, the words not added by a tool}. */
    private static void add(Map<Integer, double[]> found, String word, double match, AnalyzedText text,
            String language, double toolMatch) {
        int[] sentences = text.in(language).sentencesOf.get(word);
        if (sentences == null) {
            return;
        }
        for (int s : sentences) {
            boolean byTool = text.addedByTool(language, s, word);
            double[] value = {byTool ? match * toolMatch : match, byTool ? 0 : match};
            found.merge(s, value, (a, b) -> new double[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
        }
    }

    /**
     * Stems of a verb and its noun differ only at the end ({@code регистрирова} / {@code регистрац},
     * {@code настраива} / {@code настройк}).
     */
    static boolean sameRoot(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= MIN_ROOT && common >= shorter - ROOT_SLACK;
    }

    private static final class Tally {
        double weight;
        double own;
        int content;
        final List<String> terms = new ArrayList<>();

        void add(String term, double w, double ownWeight, boolean isContent) {
            weight += w;
            own += ownWeight;
            content += isContent ? 1 : 0;
            terms.add(term);
        }
    }
}
