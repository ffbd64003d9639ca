package org.profstd.search.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.profstd.search.analysis.Analysis;
import org.profstd.search.index.QueryFactory;

/**
 * Words of postings mapped to the words of the standards: tool names, English and Kazakh terms, job titles. A data
 * file of tab-separated lines {@code forms <TAB> russian phrases <TAB> kazakh phrases <TAB> why}: the forms (any
 * language, comma-separated) are what a posting says; the phrases ({@code ;}-separated) are what a standard says of
 * the same thing; the last column says where the mapping comes from. Forms are found in a sentence as sequences of
 * analysed terms, so inflected forms are found too.
 */
final class Vocabulary {
    static final String TOOLS = "tools.tsv";
    static final String TERMS = "terms.tsv";
    static final String TITLES = "titles.tsv";

    /** One line of the file. */
    record Concept(String label, List<String> forms, List<String> russian, List<String> kazakh, String why, int line) {
    }

    /** A form found in a sentence: the concept, and the analysed terms it adds in each language. */
    record Found(Concept concept, Set<String> russian, Set<String> kazakh) {
        Set<String> terms(String language) {
            return Analysis.KK.equals(language) ? kazakh : russian;
        }
    }

    /**
     * A concept found in a sentence: the longest of its forms found there, where it starts, how many terms the form
     * has and how many terms of the text it spans (more than its length when other words stand between the form's).
     */
    record Hit(Found found, int start, int length, int span, String form) {
        Hit(Found found, int start, int length) {
            this(found, start, length, length, found.concept().label());
        }

        Use use() {
            return new Use(found.concept(), form);
        }

        boolean within(Hit other) {
            return other.length > length && start >= other.start && start + span <= other.start + other.span;
        }
    }

    private record Form(List<String> terms, Found found, String text) {
    }

    /** A concept as a text used it: the form it wrote ("GitLab CI", "FANUC"), which explanations quote. */
    record Use(Concept concept, String form) {
        /** The words of the form as written ("техникалық қолдау" 2, "helpdesk" 1). */
        int words() {
            return form.strip().split("[\\s-]+").length;
        }
    }

    private final List<Concept> concepts;
    /** Forms by their first analysed term, in both analyses. */
    private final Map<String, List<Form>> byFirstTerm = new HashMap<>();
    /**
     * Forms folded ({@link Analysis#folded()}), by their first term: kept apart, since a folded reading keeps words
     * the two analyses drop or read otherwise (the Russian "и" is a stop word, and also the stem of "ИИ").
     */
    private final Map<String, List<Form>> byFirstFolded = new HashMap<>();

    private Vocabulary(List<Concept> concepts, Analysis analysis) {
        this.concepts = concepts;
        for (Concept concept : concepts) {
            Found found = new Found(concept, analysed(concept.russian(), analysis, Analysis.RU),
                    analysed(concept.kazakh(), analysis, Analysis.KK));
            for (String form : concept.forms()) {
                String spelled = Symbols.spell(form);
                for (String language : List.of(Analysis.RU, Analysis.KK)) {
                    register(byFirstTerm, QueryFactory.terms(analysis.index(language), "text", spelled), found, form);
                }
                register(byFirstFolded, QueryFactory.terms(analysis.folded(), "text", spelled), found, form);
            }
        }
    }

    private static void register(Map<String, List<Form>> index, List<String> terms, Found found, String form) {
        if (!terms.isEmpty() && index.computeIfAbsent(terms.get(0), t -> new ArrayList<>()).stream()
                .noneMatch(f -> f.terms().equals(terms) && f.found() == found)) {
            index.get(terms.get(0)).add(new Form(terms, found, form));
        }
    }

    static Vocabulary load(String resource, Analysis analysis) {
        return new Vocabulary(read(resource), analysis);
    }

    static Vocabulary of(List<Concept> concepts, Analysis analysis) {
        return new Vocabulary(concepts, analysis);
    }

    List<Concept> concepts() {
        return concepts;
    }

    /** The concepts whose forms occur in a sequence of analysed terms (of either language). */
    List<Hit> find(List<String> terms) {
        return find(terms, byFirstTerm);
    }

    /** The concepts whose forms occur in a sequence of folded terms ({@link Analysis#folded()}). */
    List<Hit> findFolded(List<String> terms) {
        return find(terms, byFirstFolded);
    }

    private static List<Hit> find(List<String> terms, Map<String, List<Form>> index) {
        java.util.Map<Found, Hit> found = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            List<Form> candidates = index.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Form form : candidates) {
                if (startsAt(terms, i, form.terms())) {
                    Hit hit = new Hit(form.found(), i, form.terms().size(), form.terms().size(), form.text());
                    found.merge(form.found(), hit, (a, b) -> b.length() > a.length() ? b : a);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The concepts whose forms occur in a short sequence of terms (a job title) in their order, other words allowed
     * between them: "Robotics Field Service Technician" names a robotics technician, "HPC Software Engineer" an HPC
     * engineer. Only for titles: in a sentence, words far apart belong to different things.
     */
    List<Hit> findInOrder(List<String> terms) {
        return findInOrder(terms, byFirstTerm);
    }

    /** {@link #findInOrder} over folded terms ({@link Analysis#folded()}): a title typed without Kazakh letters. */
    List<Hit> findFoldedInOrder(List<String> terms) {
        return findInOrder(terms, byFirstFolded);
    }

    private static List<Hit> findInOrder(List<String> terms, Map<String, List<Form>> index) {
        Map<Found, Hit> found = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            List<Form> candidates = index.get(terms.get(i));
            if (candidates == null) {
                continue;
            }
            for (Form form : candidates) {
                int end = endInOrder(terms, i, form.terms());
                if (end > 0) {
                    Hit hit = new Hit(form.found(), i, form.terms().size(), end - i, form.text());
                    found.merge(form.found(), hit, (a, b) -> b.length() > a.length()
                            || b.length() == a.length() && b.span() < a.span() ? b : a);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Where the phrase, starting at {@code at}, ends when its terms follow in order; 0 when they do not. */
    private static int endInOrder(List<String> terms, int at, List<String> phrase) {
        int next = at + 1;
        for (int j = 1; j < phrase.size(); j++) {
            while (next < terms.size() && !terms.get(next).equals(phrase.get(j))) {
                next++;
            }
            if (next == terms.size()) {
                return 0;
            }
            next++;
        }
        return next;
    }

    private static boolean startsAt(List<String> terms, int at, List<String> phrase) {
        if (at + phrase.size() > terms.size()) {
            return false;
        }
        for (int j = 1; j < phrase.size(); j++) {
            if (!terms.get(at + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> analysed(List<String> phrases, Analysis analysis, String language) {
        Set<String> terms = new LinkedHashSet<>();
        phrases.forEach(p -> terms.addAll(QueryFactory.terms(analysis.index(language), "text", p)));
        return Set.copyOf(terms);
    }

    static List<Concept> read(String resource) {
        InputStream in = Vocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the vocabulary " + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Concept> concepts = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    concepts.add(concept(line, number, resource));
                }
            }
            return List.copyOf(concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + resource, e);
        }
    }

    private static Concept concept(String line, int number, String resource) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 4 || columns[3].isBlank() || columns[0].isBlank()
                || columns[1].isBlank() && columns[2].isBlank()) {
            throw new IllegalStateException(resource + " line " + number
                    + ": expected forms, russian, kazakh and why separated by tabs, with forms, why and a translation");
        }
        List<String> forms = split(columns[0], ",");
        return new Concept(forms.get(0), forms, split(columns[1], ";"), split(columns[2], ";"), columns[3].strip(),
                number);
    }

    private static List<String> split(String column, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : column.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return List.copyOf(parts);
    }
}
