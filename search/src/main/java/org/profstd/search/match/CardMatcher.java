package org.profstd.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.profstd.search.CardMatch;
import org.profstd.search.Evidence;
import org.profstd.search.GapResult;
import org.profstd.search.MatchResult;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.Fields;
import org.profstd.search.index.IndexedStandard;
import org.profstd.search.index.StandardIndex;

/**
 * Ranks the profession cards of the current editions for a CV, vacancy or course text, and lists what a text meets
 * and misses of one card. Lucene finds the candidate cards; each candidate is then scored by the requirements the
 * text evidences sentence by sentence, its name appearing in the text, and the level the text suggests.
 */
public final class CardMatcher {
    /** Items retrieved to find candidate cards, and how many candidates are scored in full. */
    private static final int CANDIDATE_ITEMS = 1000;
    private static final int CANDIDATE_CARDS = 60;
    private static final int MAX_QUERY_TERMS = 400;
    /** A card named in the text (its name or its standard's title) gains up to this much. */
    private static final double NAME_BONUS = 0.5;
    private static final double MIN_NAME_SHARE = 0.5;
    /** Each level between the card and the text's estimate costs this share of the score. */
    private static final double LEVEL_PENALTY = 0.12;

    private final StandardIndex index;
    private CardCatalog catalog;
    private long catalogVersion = -1;

    public CardMatcher(StandardIndex index) {
        this.index = index;
    }

    public MatchResult match(String text, int limit) {
        CardCatalog cards = catalog();
        AnalyzedText analyzed = new AnalyzedText(text, index.analysis());
        OptionalInt level = LevelEstimator.estimate(text);
        Evidencer evidencer = new Evidencer(cards);
        List<CardMatch> matches = new ArrayList<>();
        for (String cardId : candidates(analyzed)) {
            CardCatalog.CatalogCard card = cards.card(cardId);
            if (card != null) {
                score(card, analyzed, evidencer, level).ifPresent(matches::add);
            }
        }
        matches.sort(Comparator.comparingDouble(CardMatch::score).reversed());
        return new MatchResult(matches.subList(0, Math.min(limit, matches.size())));
    }

    /** The card's requirements met by the text (with the evidence) and not met; empty for an unknown card. */
    public Optional<GapResult> gap(String text, String cardId) {
        CardCatalog cards = catalog();
        CardCatalog.CatalogCard card = cards.card(cardId);
        if (card == null) {
            return Optional.empty();
        }
        AnalyzedText analyzed = new AnalyzedText(text, index.analysis());
        Evidencer evidencer = new Evidencer(cards);
        List<Evidence> met = new ArrayList<>();
        List<GapResult.Requirement> notMet = new ArrayList<>();
        for (Requirement requirement : distinct(card.requirements())) {
            evidencer.best(requirement, analyzed.terms(card.language())).ifPresentOrElse(
                    found -> met.add(evidence(requirement, analyzed, found)),
                    () -> notMet.add(new GapResult.Requirement(requirement.text(), requirement.kind())));
        }
        return Optional.of(new GapResult(card.standard(), card.card(), met, notMet));
    }

    private Optional<CardMatch> score(CardCatalog.CatalogCard card, AnalyzedText text, Evidencer evidencer,
            OptionalInt level) {
        List<Evidence> evidence = new ArrayList<>();
        double strength = 0;
        List<Requirement> requirements = distinct(card.requirements());
        for (Requirement requirement : requirements) {
            Optional<Evidencer.Found> found = evidencer.best(requirement, text.terms(card.language()));
            if (found.isPresent()) {
                strength += found.get().strength();
                evidence.add(evidence(requirement, text, found.get()));
            }
        }
        Set<String> words = text.allTerms(card.language());
        // the standard's title names a whole field ("Программист"): it supports a card the text evidences, but
        // alone it says nothing about which card fits
        double named = Math.max(named(card.nameTerms(), words), evidence.isEmpty() ? 0 : named(card.titleTerms(), words));
        if (evidence.isEmpty() && named == 0) {
            return Optional.empty();
        }
        int total = Math.max(1, requirements.size());
        double score = strength / Math.sqrt(total) + named * NAME_BONUS;
        score *= levelFit(card.card().level(), level);
        return Optional.of(new CardMatch(round(score), round((double) evidence.size() / total), card.standard(),
                card.card(), evidence));
    }

    /**
     * A card's requirements with each text once: a requirement a card repeats under several skills is one piece of
     * evidence (or one gap), not several.
     */
    private static List<Requirement> distinct(List<Requirement> requirements) {
        Set<String> seen = new java.util.HashSet<>();
        return requirements.stream().filter(r -> seen.add(r.text())).toList();
    }

    /** The share of a name's words the text has, when it has at least half of them; else 0. */
    private static double named(Set<String> name, Set<String> words) {
        if (name.isEmpty()) {
            return 0;
        }
        long present = name.stream().filter(term -> Evidencer.contains(words, term)).count();
        double share = (double) present / name.size();
        return share >= MIN_NAME_SHARE ? share : 0;
    }

    private static double levelFit(Integer cardLevel, OptionalInt estimate) {
        if (cardLevel == null || estimate.isEmpty()) {
            return 1.0;
        }
        return Math.max(0.1, 1.0 - LEVEL_PENALTY * Math.abs(cardLevel - estimate.getAsInt()));
    }

    private static Evidence evidence(Requirement requirement, AnalyzedText text, Evidencer.Found found) {
        return new Evidence(requirement.text(), requirement.kind(), text.sentences().get(found.sentence()));
    }

    /** Cards whose entries share words with the text, in the order of their best entry. */
    private Set<String> candidates(AnalyzedText text) {
        Set<String> cardIds = new LinkedHashSet<>();
        IndexSearcher searcher = index.acquire();
        try {
            for (ScoreDoc doc : searcher.search(candidateQuery(text), CANDIDATE_ITEMS).scoreDocs) {
                String cardId = searcher.storedFields().document(doc.doc).get(Fields.CARD_ID);
                if (cardId != null && cardIds.add(cardId) && cardIds.size() >= CANDIDATE_CARDS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("match failed", e);
        } finally {
            index.release(searcher);
        }
        return cardIds;
    }

    private static Query candidateQuery(AnalyzedText text) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String language : List.of(Analysis.RU, Analysis.KK)) {
            text.allTerms(language).stream().limit(MAX_QUERY_TERMS).forEach(term ->
                    words.add(new TermQuery(new Term(Fields.textField(language), term)), Occur.SHOULD));
        }
        return new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.STATUS, IndexedStandard.CURRENT)), Occur.FILTER)
                .build();
    }

    private synchronized CardCatalog catalog() {
        if (catalog == null || catalogVersion != index.version()) {
            catalog = CardCatalog.build(index);
            catalogVersion = index.version();
        }
        return catalog;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
