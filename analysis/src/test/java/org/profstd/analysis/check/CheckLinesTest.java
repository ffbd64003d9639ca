package org.profstd.analysis.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.profstd.analysis.CorpusDocuments;
import org.profstd.model.Diagnostic;
import org.profstd.model.DiagnosticCode;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.read.Decoding;
import org.profstd.read.SourceText;
import org.profstd.read.TextReader;

/** The author's check of the 2017 seed (001) with its real source lines. */
class CheckLinesTest {
    private static final Path SEED = CorpusDocuments.seed("001");

    private static IntFunction<String> lines(Path file) throws IOException {
        SourceText text = TextReader.read(file.getFileName().toString(), Decoding.decode(Files.readAllBytes(file)));
        return n -> n >= 1 && n <= text.size() ? text.line(n).flatText() : null;
    }

    @Test
    void theFourDigitOccupationCodesOfThe2017TemplateAreWellFormed() throws IOException {
        ParseResult result = CorpusDocuments.parse(SEED);
        // "Код профессии: 2132 «Разработчики программного обеспечения»" on each of the three cards
        assertThat(result.standards().get(0).cards()).extracting(c -> c.code()).containsExactly("2132", "2132", "2132");
        CheckReport report = AuthorCheck.check(result, lines(SEED));
        assertThat(report.all()).noneMatch(f -> f.code().equals("code-malformed"));
    }

    @Test
    void aCodeFindingPointsAtTheLineThatPrintsTheCode() throws IOException {
        Standard s = CorpusDocuments.parse(SEED).standards().get(0);
        // the same cards under the 2023 template, which asks for the full code 3512-1-001
        Standard as2023 = new Standard(s.title(), s.code(), s.registrationNumber(), s.jurisdiction(), s.language(),
                "kz-2023", s.version(), s.year(), s.reviewDate(), s.description(), s.activity(), s.purpose(),
                s.okedCodes(), s.okzCodes(), s.terms(), s.developers(), s.span(), s.cards());
        IntFunction<String> lines = lines(SEED);
        List<Diagnostic> codes = TemplateValidator.validate(as2023, lines).stream()
                .filter(d -> d.code() == DiagnosticCode.CODE_MALFORMED).toList();
        // the cards open at lines 195, 363 and 700 ("КАРТОЧКА ПРОФЕССИИ"); their codes are six lines further down
        assertThat(codes).extracting(Diagnostic::line).containsExactly(201, 369, 706);
        assertThat(lines.apply(201)).startsWith("Код профессии: 2132");
    }

    @Test
    void aFindingOnABlankLineQuotesNothing() throws IOException {
        CheckReport report = AuthorCheck.check(CorpusDocuments.parse(SEED), lines(SEED));
        // line 1 of the seed is blank; the standard's missing code is reported there
        assertThat(report.all()).anySatisfy(f -> assertThat(f.line()).isEqualTo(1));
        assertThat(report.all()).allSatisfy(f -> assertThat(f.source()).isNotEqualTo(""));
    }
}
