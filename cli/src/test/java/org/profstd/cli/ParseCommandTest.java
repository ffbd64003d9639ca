package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.json.CanonicalJson;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.testkit.TestCorpus;

class ParseCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("parse");
    }

    @Test
    void aMistypedCommandOrOptionPointsToTheHelpOfTheCommandThatRefusedIt() {
        Run command = run("parce");
        assertThat(command.exit()).isEqualTo(Main.INVALID_INPUT);
        assertThat(command.err()).contains("Unmatched argument").endsWith("Try 'profstd --help'.\n");
        Run option = run("index", "status", "--nosuch");
        assertThat(option.err()).contains("Unknown option: '--nosuch'").endsWith("Try 'profstd index status --help'.\n");
    }

    @Test
    void jsonIsTheCanonicalJsonOfTheDocument() throws Exception {
        Path file = seed("002");
        Run r = run("parse", file.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        ParseResult printed = CanonicalJson.read(r.out());
        assertThat(printed).isEqualTo(Standards.parse(file));
        assertThat(printed.standards()).hasSize(14);
        assertThat(printed.act().number()).isEqualTo("209/НК");
    }

    @Test
    void summaryNamesEveryStandardAndTheDiagnostics() throws Exception {
        Run r = run("parse", seed("002").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("002_8f656e93d6fef283.txt", "14 standards", "amends No 569/НК of 2025-11-10",
                "diagnostics:", "missing-appendix-header");
    }

    @Test
    void aMissingFileEndsWithAOneLineReasonAndExitCode1() {
        Run r = run("parse", "no-such-file.txt");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("profstd: cannot read no-such-file.txt: no such file");
    }

    @Test
    void aTextThatIsNoStandardIsRefused(@TempDir Path dir) throws Exception {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Уважаемые коллеги!\nПриглашаем вас на семинар.\n", StandardCharsets.UTF_8);
        Run r = run("parse", letter.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("letter.txt: not a professional standard").doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aBinaryFileIsRefused(@TempDir Path dir) throws Exception {
        Path blob = dir.resolve("blob.bin");
        Files.write(blob, new byte[] {0, 1, 2, 3, 4, 5});
        Run r = run("parse", blob.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void anUnknownOptionIsInvalidInput() {
        Run r = run("parse", "--format", "yaml", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("yaml");
    }
}
