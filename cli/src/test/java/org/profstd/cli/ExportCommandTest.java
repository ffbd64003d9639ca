package org.profstd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.json.CanonicalJson;
import org.profstd.parse.Standards;
import org.profstd.testkit.TestCorpus;

class ExportCommandTest {
    @Test
    void caseOfAnOrderIsOnePackagePerStandard() throws Exception {
        ParseCommandTest.Run r = ParseCommandTest.run("export", ParseCommandTest.seed("002").toString(), "--format", "case");
        assertThat(r.exit()).isZero();
        JsonNode packages = CanonicalJson.mapper().readTree(r.out());
        assertThat(packages.isArray()).isTrue();
        assertThat(packages).hasSize(14);
        assertThat(packages.get(0).at("/CFDocument/notes").asText()).contains("209/НК");
    }

    @Test
    void jsonToAFileIsTheCanonicalJson(@TempDir Path dir) throws Exception {
        Path file = ParseCommandTest.seed("003");
        Path out = dir.resolve("nested/003.json");
        ParseCommandTest.Run r = ParseCommandTest.run("export", file.toString(), "--format", "json", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(CanonicalJson.read(Files.readString(out))).isEqualTo(Standards.parse(file));
    }

    @Test
    void csvStartsWithAByteOrderMarkAndAHeader(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("000.csv");
        ParseCommandTest.Run r = ParseCommandTest.run("export", ParseCommandTest.seed("000").toString(), "--format", "csv",
                "--out", out.toString());
        assertThat(r.exit()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFstandard_code,standard_title,jurisdiction");
    }

    @Test
    void registryXmlOfARegistryExportReadsBackAsTheSameStandards(@TempDir Path dir) throws Exception {
        Path source = TestCorpus.file("ru-xml/06.001-2022.xml");
        Path out = dir.resolve("06.001.xml");
        ParseCommandTest.Run r = ParseCommandTest.run("export", source.toString(), "--format", "registry-xml",
                "--out", out.toString());
        assertThat(r.exit()).isZero();
        var original = Standards.parse(source).standards().get(0);
        var again = Standards.parse(out).standards().get(0);
        assertThat(again.code()).isEqualTo("06.001");
        assertThat(again.cards()).extracting(c -> c.code() + c.level() + c.functions().size())
                .isEqualTo(original.cards().stream().map(c -> c.code() + c.level() + c.functions().size()).toList());
    }

    @Test
    void registryXmlRefusesAKazakhStandardAndSaysWhatItCannotCarry(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("000.xml");
        ParseCommandTest.Run r = ParseCommandTest.run("export", ParseCommandTest.seed("000").toString(), "--format",
                "registry-xml", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("profstd: registry-xml cannot carry \"Поддержка пользователей ИТ\", a Kazakh"
                + " standard; it would lose:").contains(
                "its jurisdiction: the registry format is Russian only",
                "the occupation codes of its cards (3512-1-001, 3512-1-002, 3512-1-003 and 3 more): cards become"
                        + " generalized functions lettered A, B, C, ...",
                "its version (1)", "tasks or skills of", "nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void registryXmlOfAKazakhStandardWithAllowLossListsTheLossesOnStandardError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("000.xml");
        ParseCommandTest.Run r = ParseCommandTest.run("export", ParseCommandTest.seed("000").toString(), "--format",
                "registry-xml", "--allow-loss", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).startsWith("profstd: warning: registry-xml cannot carry \"Поддержка пользователей ИТ\"")
                .contains("its version (1)");
        assertThat(Standards.parse(out).standards().get(0).cards()).hasSize(12);
    }

    @Test
    void anUnreadableSourceIsOneLineAndExit1() {
        ParseCommandTest.Run r = ParseCommandTest.run("export", "missing.txt", "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("profstd: cannot read missing.txt: no such file");
    }
}
