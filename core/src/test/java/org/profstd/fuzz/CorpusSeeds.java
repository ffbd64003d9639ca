package org.profstd.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.profstd.Corpus;

/**
 * The seeds of the fuzz targets: the real documents of the shared corpus, read at run time so that nothing of the
 * corpus is copied into the repository. Jazzer runs {@code @MethodSource} arguments as regression inputs in every
 * build and, when fuzzing, adds them to its seed corpus.
 */
final class CorpusSeeds {
    /** Corpus folders, one per kind of document a reader takes. */
    static final String TEXT = "seeds";
    static final String REGISTRY_XML = "ru-xml";
    static final String DOCX = "kz-docx";
    static final String PDF = "kz-pdf";

    private CorpusSeeds() {
    }

    /** The documents of one corpus folder, sorted by name. */
    static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(Corpus.root().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of one folder as arguments of a fuzz test taking {@code byte[]}, each named by its file. */
    static Stream<Arguments> arguments(String folder) {
        return files(folder).stream()
                .map(file -> Arguments.of(Named.of(file.getFileName().toString(), bytes(file))));
    }
}
