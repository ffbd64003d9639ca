package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalysisCommandsTest {
    @Test
    void helpListsTheComparisonCommands() {
        ParseCommandTest.Run r = ParseCommandTest.run("--help");
        assertThat(r.out()).contains("diff", "align", "overlap", "check");
    }

    @Test
    void checkExplainsTheDiagnosticsOfTheRuMintrudSeedLineByLine() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("check", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Author's report for 003_217ee86a0a46cf29.txt: 0 errors",
                "line 25, note: A value is printed before its label.", "the line reads: 562");
    }

    @Test
    void diffOfAnEditionWithItselfHasNoChanges() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("diff", file.toString(), file.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"changes\" : [ ]", "\"oldEdition\"");
    }

    @Test
    void aStandardNotInTheDocumentIsInvalidInput() throws Exception {
        Path file = ParseCommandTest.seed("003");
        ParseCommandTest.Run r = ParseCommandTest.run("diff", file.toString(), file.toString(), "--standard", "Сварка");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("has no standard titled or coded \"Сварка\"");
    }

    @Test
    void overlapRefusesASimilarityOutsideZeroToOne() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("overlap", ParseCommandTest.seed("003").toString(),
                "--min-similarity", "1.5");
        assertThat(r.exit()).isEqualTo(2);
    }
}
