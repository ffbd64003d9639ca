package org.profstd.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;

/** The real documents of the shared corpus, for the tests that compare them. */
public final class CorpusDocuments {
    private CorpusDocuments() {
    }

    public static Path root() {
        String configured = System.getProperty("profstd.corpus");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath());
        }
        return root;
    }

    public static Path seed(String prefix) {
        try (Stream<Path> files = Files.list(root().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParseResult parse(Path file) {
        try {
            return Standards.parse(file);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
