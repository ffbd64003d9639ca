package org.profstd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** The real documents of {@code ../shared/corpus}, which every parser test reads. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String configured = System.getProperty("profstd.corpus");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            root = Path.of("..", "..", "shared", "corpus");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not beside the checkout (looked for " + root.toAbsolutePath()
                    + "); set -Dprofstd.corpus=DIR");
        }
        return root;
    }

    /** The seed document whose file name starts with the given prefix, e.g. {@code "003"}. */
    public static Path seed(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Every document of the corpus, in a stable order. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> seeds() {
        return all().stream().filter(p -> p.getParent().getFileName().toString().equals("seeds")).toList();
    }

    public static ParseResult parseSeed(String prefix) {
        try {
            return Standards.parse(seed(prefix));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
