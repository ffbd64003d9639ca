package org.profstd.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of a relevance set: a query (or a text file to match) and the standard titles a person would pick.
 *
 * @param kind {@code query} (searched) or {@code text} (matched)
 */
public record Judgement(String kind, String input, Set<String> relevant) {
    public static final String QUERY = "query";
    public static final String TEXT = "text";

    /** Reads {@code judgements.tsv} of a relevance folder; lines starting with {@code #} are comments. */
    public static List<Judgement> read(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("judgements.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new Judgement(f[0].strip(), f[1].strip(), Arrays.stream(f[2].split("\\|"))
                        .map(String::strip).collect(Collectors.toUnmodifiableSet())))
                .toList();
    }
}
