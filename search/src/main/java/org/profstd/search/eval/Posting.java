package org.profstd.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One labelled posting or CV of the postings set ({@code postings.tsv} and the texts under {@code postings/}).
 *
 * @param split    {@value #TUNE} (the half a matcher may be tuned on) or {@value #TEST} (the half only reported)
 * @param relevant the acceptable standards, by title
 * @param level    the qualification level the text points to, or null when it gives no hint
 */
public record Posting(String file, String language, String split, List<String> styles, Set<String> relevant,
        Integer level) {
    public static final String TUNE = "tune";
    public static final String TEST = "test";
    public static final String FILE = "postings.tsv";
    public static final String FOLDER = "postings";

    /** The postings of a relevance folder, none when it has no {@code postings.tsv}. */
    public static List<Posting> read(Path folder) throws IOException {
        Path labels = folder.resolve(FILE);
        if (!Files.isRegularFile(labels)) {
            return List.of();
        }
        List<Posting> postings = new ArrayList<>();
        List<String> lines = Files.readAllLines(labels);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                postings.add(parse(line, i + 1, labels));
            }
        }
        return List.copyOf(postings);
    }

    private static Posting parse(String line, int number, Path labels) {
        String[] f = line.split("\t");
        if (f.length != 6 || !Set.of(TUNE, TEST).contains(f[2].strip())) {
            throw new IllegalArgumentException(labels + " line " + number
                    + ": expected file, language, split (tune|test), style, standards and level separated by tabs");
        }
        Set<String> relevant = Arrays.stream(f[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        List<String> styles = Arrays.stream(f[3].split(",")).map(String::strip).toList();
        String level = f[5].strip();
        return new Posting(f[0].strip(), f[1].strip(), f[2].strip(), styles, relevant,
                level.equals("-") ? null : Integer.valueOf(level));
    }

    public String text(Path folder) throws IOException {
        return Files.readString(folder.resolve(FOLDER).resolve(file));
    }
}
