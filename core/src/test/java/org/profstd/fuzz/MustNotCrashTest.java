package org.profstd.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;

/**
 * Every document of {@code src/test/resources/must-not-crash/} (inputs that once broke a reader or parser, or that
 * push one to a limit) goes through {@code Standards.parse}: it returns a sound result or is refused with an
 * {@code UnreadableDocumentException}, within the time limit of an input. docs/fuzzing.md says what each file is.
 */
class MustNotCrashTest {
    private static final String FOLDER = "/must-not-crash";

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void parsesOrIsRefused(Path document) {
        ParseProperty.holds(document.getFileName().toString(), CorpusSeeds.bytes(document));
    }

    /** UTF-16 with a byte order mark was refused as binary, though the decoder reads it. */
    @Test
    void utf16TextIsReadNotRefused() throws Exception {
        ParseResult result = Standards.parse(folder().resolve("utf16le-with-bom.txt"));

        assertThat(result.standards()).extracting(s -> s.format()).containsExactly("kz-2017");
        assertThat(result.standards().get(0).cards()).hasSize(1);
    }

    static List<Path> documents() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(MustNotCrashTest.class.getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
