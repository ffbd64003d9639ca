package org.profstd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents a benchmark reads: every file of the corpus, loaded into memory once so only parsing is measured. */
record CorpusFiles(List<Path> paths, List<byte[]> contents) {

    static CorpusFiles load() {
        Path root = Path.of(System.getProperty("profstd.corpus", "../shared/corpus"));
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("corpus not found at " + root.toAbsolutePath() + " (set -Dprofstd.corpus=DIR)");
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path p : paths) {
            try {
                contents.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CorpusFiles(paths, contents);
    }

    long totalBytes() {
        return contents.stream().mapToLong(b -> b.length).sum();
    }
}
