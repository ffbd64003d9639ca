package org.profstd.analysis.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;

class SeedCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyIrregularityTheParserDiagnosedIsListedWithItsExplanation(String seed) {
        ParseResult result = CorpusDocuments.parse(CorpusDocuments.seed(seed));
        CheckReport report = AuthorCheck.check(result, null);
        List<Finding> all = report.all();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(all).as("%s line %d %s", seed, d.line(), d.code()).anySatisfy(f -> {
                assertThat(f.line()).isEqualTo(d.line());
                assertThat(f.code()).isEqualTo(d.code().code());
                assertThat(f.message()).isEqualTo(d.message());
                assertThat(f.explanation()).isEqualTo(d.code().explanation());
            });
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(result.diagnostics().size());
        int total = report.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(all.size());
    }

    @Test
    void theRuMintrudSeedReadsAsAValidStandardWithItsDiagnosticsExplained() {
        ParseResult result = CorpusDocuments.parse(CorpusDocuments.seed("003"));
        CheckReport report = AuthorCheck.check(result, null);
        assertThat(report.standards()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("06.024");
            assertThat(s.findings()).noneMatch(f -> f.origin().equals(Finding.TEMPLATE));
            assertThat(s.findings()).anySatisfy(f -> {
                assertThat(f.line()).isEqualTo(25);
                assertThat(f.code()).isEqualTo("value-before-label");
                assertThat(f.explanation()).isEqualTo("A value is printed before its label.");
            });
            assertThat(s.findings()).anySatisfy(f -> {
                assertThat(f.line()).isEqualTo(62);
                assertThat(f.code()).isEqualTo("code-cyrillic");
            });
        });
        assertThat(report.counts().get("error")).isZero();
    }
}
