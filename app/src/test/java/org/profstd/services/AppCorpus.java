package org.profstd.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seeds of the shared corpus, for the application services' tests. */
final class AppCorpus {
    private AppCorpus() {
    }

    static Path seed(String prefix) {
        Path root = Path.of(System.getProperty("profstd.corpus", "../../shared/corpus"));
        try (Stream<Path> files = Files.list(root.resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + root.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
