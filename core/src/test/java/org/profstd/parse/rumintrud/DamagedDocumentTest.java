package org.profstd.parse.rumintrud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.read.Decoding;
import org.profstd.read.TextReader;

/** Seed 003 cut and mangled: the parser returns what it can read and says what is missing, never throws. */
class DamagedDocumentTest {
    private static List<String> seedLines() throws Exception {
        return Arrays.asList(Decoding.decode(Files.readAllBytes(Corpus.seed("003"))).split("\n", -1));
    }

    private static ParseResult parse(List<String> lines) throws Exception {
        return Standards.parse(TextReader.read("damaged.txt", String.join("\n", lines)), "0".repeat(64));
    }

    private static List<String> codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().code()).toList();
    }

    @Test
    void aDocumentCutInSectionIiiKeepsWhatWasReadAndReportsTheRest() throws Exception {
        ParseResult result = parse(seedLines().subList(0, 300));
        Standard s = result.standards().get(0);
        assertThat(codes(result)).doesNotContain("parser-failed").contains("missing-section", "card-list-mismatch");
        assertThat(s.cards()).extracting(c -> c.code()).containsExactly("A", "B");
        assertThat(s.cards().get(1).functions()).extracting(f -> f.code()).containsExactly("B/01.6", "B/02.6");
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CARD_LIST_MISMATCH)
                .extracting(Diagnostic::line).containsExactly(68, 73);
    }

    @Test
    void withoutTheFunctionalMapTheShreddedHeaderKeepsItsFragment() throws Exception {
        List<String> lines = new ArrayList<>(seedLines());
        for (int n = 58; n <= 75; n++) {
            lines.set(n - 1, ""); // section II blanked, line numbers kept
        }
        ParseResult result = parse(lines);
        Standard s = result.standards().get(0);
        assertThat(codes(result)).doesNotContain("parser-failed").contains("missing-section");
        assertThat(s.cards()).hasSize(4);
        assertThat(s.cards().get(0).functions().get(0).code()).isNull();
        assertThat(s.cards().get(0).functions().get(0).name())
                .isEqualTo("по вопросам эксплуатации инфокоммуникационных систем и/или их составляющих");
        assertThat(s.cards().get(0).functions().get(1).code()).isEqualTo("A/02.3");
    }

    @Test
    void aBareSkeletonGivesAStandardWithoutCards() throws Exception {
        ParseResult result = parse(List.of("Профессиональный стандарт", "Тестовый стандарт", "",
                "Трудовые действия\tЧто-то делать", "Необходимые"));
        assertThat(result.standards()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Тестовый стандарт");
            assertThat(s.cards()).isEmpty();
        });
        assertThat(codes(result)).doesNotContain("parser-failed").contains("missing-section", "missing-field");
    }
}
