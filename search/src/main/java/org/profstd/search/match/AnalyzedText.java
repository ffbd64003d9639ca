package org.profstd.search.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * A text to match, read once: cut into sentences (without the sections about the employer and its offer, without the
 * sentences that give work to somebody else, and without the employer's or product's name in quotation marks), each
 * analysed in both languages, the words of the vocabularies found in it adding the standards' own words (a tool adds
 * what it is used for, an English or Kazakh term its Russian and Kazakh words), and an inverted index from each term
 * to the sentences that have it. Everything is linear in the length of the text; the sentences listed per term are
 * capped, so a huge text cannot make one term costly.
 */
final class AnalyzedText {
    /** A term is looked up in at most this many sentences (the first ones that have it). */
    static final int MAX_SENTENCES_PER_TERM = 256;

    private final List<String> sentences;
    /** Each sentence as it is analysed: in Cyrillic when it is Kazakh in Latin letters, else as written. */
    private final List<String> readings;
    private final Map<String, Language> languages = new HashMap<>();
    private final Set<Vocabulary.Concept> tools = new LinkedHashSet<>();

    /** The text in one language's analysis. */
    static final class Language {
        /** Term to the sentences that have it, in order. */
        final Map<String, int[]> sentencesOf = new HashMap<>();
        /** Terms by their first letters, to find words of the same root. */
        final Map<String, List<String>> byRoot = new HashMap<>();
        /** Per sentence, the terms only a vocabulary added, with the concept that added each. */
        final Map<Integer, Map<String, Vocabulary.Use>> added = new HashMap<>();
        /** Every term, the text's own first, then those the vocabularies added; with how often they occur. */
        final Map<String, Integer> frequency = new LinkedHashMap<>();
    }

    AnalyzedText(String text, Analysis analysis, Vocabulary tools, Vocabulary terms) {
        List<String> kept = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (String sentence : Sentences.split(Boilerplate.blank(text))) {
            // Kazakh in Latin letters is read in Cyrillic; the sentence itself stays as written for the evidence
            String cyrillic = KazakhLatin.toCyrillic(sentence);
            if (!OthersWork.says(cyrillic)) {
                kept.add(sentence);
                read.add(cyrillic);
            }
        }
        this.sentences = List.copyOf(kept);
        this.readings = List.copyOf(read);
        for (String language : List.of(Analysis.RU, Analysis.KK)) {
            languages.put(language, analyse(analysis, language, tools, terms));
        }
    }

    private Language analyse(Analysis analysis, String language, Vocabulary toolWords, Vocabulary termWords) {
        Map<String, List<Integer>> postings = new HashMap<>();
        Language result = new Language();
        for (int s = 0; s < sentences.size(); s++) {
            String words = Symbols.spell(QuotedNames.remove(readings.get(s),
                    name -> !toolWords.find(QueryFactory.terms(analysis.index(language), "text", name)).isEmpty()));
            List<String> terms = QueryFactory.terms(analysis.index(language), "text", words);
            Set<String> own = new LinkedHashSet<>(terms);
            own.forEach(t -> result.frequency.merge(t, 1, Integer::sum));
            Map<String, Vocabulary.Use> added = new LinkedHashMap<>();
            // the vocabularies' forms are looked for in a Kazakh sentence as the Kazakh stemmer reads it in both
            // passes: a Kazakh word's inflections ("өтінімдерін") are its form ("өтінімдер") only to that stemmer,
            // and the Russian words of the form must reach the Russian requirements; and in every sentence folded,
            // for Kazakh typed without its letters ("отiнiмдердi", "кызмет корсету")
            List<List<String>> readings = new ArrayList<>(List.of(terms));
            if (Analysis.RU.equals(language) && Analysis.KK.equals(Analysis.languageOf(words))) {
                readings.add(QueryFactory.terms(analysis.index(Analysis.KK), "text", words));
            }
            List<String> folded = QueryFactory.terms(analysis.folded(), "text", words);
            readings.add(folded);
            for (List<String> read : readings) {
                boolean isFolded = read == folded;
                List<Vocabulary.Hit> toolHits = isFolded ? toolWords.findFolded(read) : toolWords.find(read);
                List<Vocabulary.Hit> termHits = isFolded ? termWords.findFolded(read) : termWords.find(read);
                List<Vocabulary.Hit> all = new ArrayList<>(toolHits);
                all.addAll(termHits);
                expand(outermost(toolHits, all), language, own, added, true);
                expand(outermost(termHits, all), language, own, added, false);
            }
            if (!added.isEmpty()) {
                result.added.put(s, added);
            }
            for (String term : own) {
                post(postings, term, s);
            }
            for (String term : added.keySet()) {
                post(postings, term, s);
                result.frequency.merge(term, 1, Integer::sum);
            }
        }
        postings.forEach((term, list) -> {
            result.sentencesOf.put(term, list.stream().mapToInt(Integer::intValue).toArray());
            if (term.length() >= Evidencer.MIN_ROOT) {
                result.byRoot.computeIfAbsent(term.substring(0, Evidencer.MIN_ROOT), r -> new ArrayList<>()).add(term);
            }
        });
        return result;
    }

    /**
     * The hits not inside a longer hit of either vocabulary: a "mobile game" is a game, not a mobile application, and
     * "Unity developer" a game developer.
     */
    private static List<Vocabulary.Hit> outermost(List<Vocabulary.Hit> hits, List<Vocabulary.Hit> all) {
        return hits.stream().filter(h -> all.stream().noneMatch(h::within)).toList();
    }

    private void expand(List<Vocabulary.Hit> hits, String language, Set<String> own,
            Map<String, Vocabulary.Use> added, boolean areTools) {
        for (Vocabulary.Hit hit : hits) {
            Vocabulary.Found f = hit.found();
            if (areTools) {
                tools.add(f.concept());
            }
            for (String term : f.terms(language)) {
                if (!own.contains(term)) {
                    // a term two forms of one kind add is credited to the longer: "техникалық қолдау" says more
                    // than the "helpdesk" beside it
                    added.merge(term, hit.use(), (old, now) -> tools.contains(old.concept()) == areTools
                            && now.words() > old.words() ? now : old);
                }
            }
        }
    }

    private static void post(Map<String, List<Integer>> postings, String term, int sentence) {
        List<Integer> list = postings.computeIfAbsent(term, t -> new ArrayList<>());
        if (list.size() < MAX_SENTENCES_PER_TERM && (list.isEmpty() || list.get(list.size() - 1) != sentence)) {
            list.add(sentence);
        }
    }

    List<String> sentences() {
        return sentences;
    }

    Language in(String language) {
        return languages.get(Analysis.KK.equals(language) ? Analysis.KK : Analysis.RU);
    }

    /** The tools the text names, in the order it names them. */
    Set<Vocabulary.Concept> tools() {
        return tools;
    }

    /** Whether a tool, not the sentence itself or a translation of its words, put the term in the sentence. */
    boolean addedByTool(String language, int sentence, String term) {
        Vocabulary.Use use = addedBy(language, sentence, term);
        return use != null && tools.contains(use.concept());
    }

    /** The concept (and the form the sentence wrote) that added a term to it, or null when it has the term itself. */
    Vocabulary.Use addedBy(String language, int sentence, String term) {
        Map<String, Vocabulary.Use> added = in(language).added.get(sentence);
        return added == null ? null : added.get(term);
    }
}
