package org.profstd.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;

/** The seeds of the shared corpus, parsed, for tests that index real standards. */
public final class CorpusIndex {
    private CorpusIndex() {
    }

    public static Path root() {
        String configured = System.getProperty("profstd.corpus");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath());
        }
        return root;
    }

    public static ParseResult parseSeed(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("seeds"))) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Standards.parse(seed);
        } catch (Exception e) {
            throw new AssertionError("cannot parse seed " + prefix + ": " + e.getMessage(), e);
        }
    }

    public static Standard standard(ParseResult result, String title) {
        return result.standards().stream().filter(s -> title.equals(s.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + title));
    }

    /** True when every named standard was read with cards (the family parsers of the seeds have landed). */
    public static boolean haveCards(List<Standard> standards) {
        return !standards.isEmpty() && standards.stream().allMatch(s -> !s.cards().isEmpty());
    }
}
