package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.profstd.Corpus;
import org.profstd.model.Diagnostic;
import org.profstd.model.ParseResult;
import org.profstd.model.Severity;

/**
 * Every document of the corpus, in every format, reads without an error: what is irregular in them is reported as a
 * warning or a note, never as a failure to read.
 */
class CorpusDiagnosticsTest {
    static Stream<Path> documents() {
        return Corpus.all().stream();
    }

    @Test
    void theCorpusHoldsEveryFormat() {
        List<String> folders = Corpus.all().stream().map(p -> p.getParent().getFileName().toString()).distinct().toList();
        assertThat(folders).containsExactlyInAnyOrder("kz-docx", "kz-pdf", "ru-xml", "seeds");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noDocumentHasAnErrorDiagnostic(Path file) throws Exception {
        ParseResult result = Standards.parse(file);
        assertThat(result.standards()).isNotEmpty();
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }
}
