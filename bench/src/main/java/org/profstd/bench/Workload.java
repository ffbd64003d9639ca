package org.profstd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.profstd.search.eval.Judgement;

/**
 * What the engines are asked: the labelled relevance set of the search module (queries a person types, and CV or
 * vacancy texts to match), used both for timing and, with its labels, for relevance.
 */
record Workload(List<Judgement> judgements, Map<String, String> texts) {
    /** The set lives with the search module's tests; run from the project folder or from a module folder. */
    private static final List<Path> DEFAULT_FOLDERS = List.of(Path.of("search/src/test/resources/relevance"),
            Path.of("../search/src/test/resources/relevance"));

    static Workload load() throws IOException {
        String configured = System.getProperty("profstd.relevance");
        Path folder = configured != null ? Path.of(configured)
                : DEFAULT_FOLDERS.stream().filter(Files::isDirectory).findFirst().orElseThrow(() ->
                        new IllegalStateException("relevance set not found (run from the project folder or set "
                                + "-Dprofstd.relevance=DIR)"));
        List<Judgement> judgements = Judgement.read(folder);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Judgement judgement : judgements) {
            if (Judgement.TEXT.equals(judgement.kind())) {
                texts.put(judgement.input(), Files.readString(folder.resolve("texts").resolve(judgement.input())));
            }
        }
        return new Workload(List.copyOf(judgements), Map.copyOf(texts));
    }

    List<String> queries() {
        return judgements.stream().filter(j -> Judgement.QUERY.equals(j.kind())).map(Judgement::input).toList();
    }

    /** The texts to match, in the order of the set. */
    List<String> matchTexts() {
        return judgements.stream().filter(j -> Judgement.TEXT.equals(j.kind())).map(j -> texts.get(j.input()))
                .toList();
    }
}
