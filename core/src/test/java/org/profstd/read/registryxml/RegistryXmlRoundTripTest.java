package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.profstd.read.registryxml.RegistryFiles.parse;
import static org.profstd.read.registryxml.RegistryFiles.withoutLines;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.profstd.model.Diagnostic;
import org.profstd.model.Item;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/** XML -> model -> XML -> model gives the same model, for every registry export of the corpus. */
class RegistryXmlRoundTripTest {
    static final List<String> FILES = RegistryFiles.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void writtenExportReadsBackAsTheSameModel(String file) {
        ParseResult read = parse(file);
        String written = RegistryXmlWriter.write(read);
        ParseResult again = parse("again-" + file, written);

        assertThat(again.act()).isEqualTo(read.act());
        assertThat(again.standards()).hasSameSizeAs(read.standards());
        for (int i = 0; i < read.standards().size(); i++) {
            assertThat(withoutLines(again.standards().get(i))).isEqualTo(withoutLines(read.standards().get(i)));
        }
        // the writer prints codes with Latin letters, so only the oddities of content remain
        assertThat(again.diagnostics()).extracting(d -> d.code().code())
                .containsExactlyElementsOf(read.diagnostics().stream().map(d -> d.code().code())
                        .filter(code -> !code.equals("code-cyrillic")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void writingWhatWasReadFromAWrittenExportChangesNothing(String file) {
        String written = RegistryXmlWriter.write(parse(file));
        assertThat(RegistryXmlWriter.write(parse("again-" + file, written))).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void itemsOfAWrittenExportPointToTheLinesTheirTextIsOn(String file) {
        String written = RegistryXmlWriter.write(parse(file));
        String[] lines = written.split("\n", -1);
        Standard again = parse("again-" + file, written).standards().get(0);
        List<Item> items = again.cards().stream().flatMap(c -> c.functions().stream())
                .flatMap(f -> f.units().stream()).flatMap(RegistryXmlRoundTripTest::items).toList();
        assertThat(items).isNotEmpty();
        for (Item item : items) {
            String escaped = item.text().replace("&", "&amp;").replace("<", "&lt;");
            assertThat(lines[item.line() - 1]).as("line %d", item.line()).contains(escaped);
        }
        assertThat(again.span().startLine()).isLessThan(again.span().endLine());
        assertThat(lines[again.span().startLine() - 1]).contains("<ProfessionalStandart>");
        assertThat(lines[again.span().endLine() - 1]).contains("</ProfessionalStandart>");
    }

    private static java.util.stream.Stream<Item> items(Unit unit) {
        return java.util.stream.Stream.of(unit.actions(), unit.abilities(), unit.knowledge()).flatMap(List::stream);
    }
}
