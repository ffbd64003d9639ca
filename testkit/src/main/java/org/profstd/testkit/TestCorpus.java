package org.profstd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests of every module find the shared corpus of real documents: {@code -Dprofstd.corpus=DIR}, else
 * {@code shared/corpus} beside the checkout (a module's tests run in the module's folder, so it is {@code ../../shared
 * /corpus} from there, or {@code ../shared/corpus} from the checkout's root). A corpus that is not found fails the test
 * that needs it with where it was looked for; it never turns the test into a skip.
 */
public final class TestCorpus {
    private TestCorpus() {
    }

    public static Path root() {
        String configured = System.getProperty("profstd.corpus");
        if (configured != null) {
            return existing(Path.of(configured));
        }
        Path beside = Path.of("..", "shared", "corpus");
        return Files.isDirectory(beside) ? beside : existing(Path.of("..", "..", "shared", "corpus"));
    }

    /** A file of the corpus by its path inside it, e.g. {@code "kz-docx/it-user-support.docx"}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The seed document whose file name starts with the given prefix, e.g. {@code "003"}. */
    public static Path seed(String prefix) {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + root().toAbsolutePath()));
    }

    /** The seeds (text conversions of orders), in file-name order. */
    public static List<Path> seeds() {
        return under(root().resolve("seeds"));
    }

    /** Every document of the corpus, in a stable order. */
    public static List<Path> all() {
        return under(root());
    }

    private static List<Path> under(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is not at " + root.toAbsolutePath()
                    + "; set -Dprofstd.corpus=DIR");
        }
        return root;
    }
}
