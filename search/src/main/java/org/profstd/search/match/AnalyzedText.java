package org.profstd.search.match;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * A text to match, cut into sentences, each analysed in both languages with synonyms expanded, so that a sentence
 * written in either language can evidence a requirement in its own.
 */
final class AnalyzedText {
    private final String text;
    private final List<String> sentences;
    private final Map<String, List<Set<String>>> termsByLanguage = new HashMap<>();
    private final Analysis analysis;

    AnalyzedText(String text, Analysis analysis) {
        this.text = text;
        this.analysis = analysis;
        this.sentences = Sentences.split(text);
    }

    String text() {
        return text;
    }

    List<String> sentences() {
        return sentences;
    }

    /** The terms of each sentence, in the given language's analysis. */
    List<Set<String>> terms(String language) {
        return termsByLanguage.computeIfAbsent(language, l -> sentences.stream()
                .map(s -> (Set<String>) new LinkedHashSet<>(QueryFactory.terms(analysis.query(l), "text", s)))
                .toList());
    }

    /** Every term of the text in the given language. */
    Set<String> allTerms(String language) {
        Set<String> all = new LinkedHashSet<>();
        terms(language).forEach(all::addAll);
        return all;
    }
}
