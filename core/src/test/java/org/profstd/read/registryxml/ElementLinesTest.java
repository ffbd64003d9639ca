package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Item;
import org.profstd.model.Standard;

/** The registry's one-line exports laid out one element per line, so that an item's line is its element's. */
class ElementLinesTest {

    @Test
    void everyStartTagAfterAnotherTagBeginsALineAndNothingElseChanges() {
        String xml = "<?xml version=\"1.0\"?>\n<A><B x=\"1 > 0\">text &lt;br /&gt; more</B><C/><D><![CDATA[<E>]]><!-- <F> --></D></A>";
        assertThat(ElementLines.of(xml)).isEqualTo("<?xml version=\"1.0\"?>\n<A>\n<B x=\"1 > 0\">text &lt;br /&gt; more</B>"
                + "\n<C/>\n<D><![CDATA[<E>]]><!-- <F> --></D></A>");
        assertThat(ElementLines.of(xml).replace("\n", "")).isEqualTo(xml.replace("\n", ""));
    }

    @Test
    void aFileAlreadyWrittenOneElementPerLineKeepsItsLines() {
        String indented = "<A>\n  <B>one</B>\n  <C>\n    <D>two</D>\n  </C>\n</A>\n";
        assertThat(ElementLines.of(indented)).isEqualTo(indented);
        String written = RegistryXmlWriter.write(RegistryFiles.parse("06.004-2014.xml"));
        assertThat(ElementLines.of(written)).isEqualTo(written);
    }

    @Test
    void eachItemOfAOneLineExportPointsToTheElementItCameFrom() {
        String file = "06.024-2015.xml";
        assertThat(RegistryFiles.text(file).lines().count()).isEqualTo(5);
        List<String> lines = RegistryXmlReader.lines(RegistryFiles.bytes(file));
        assertThat(lines.size()).isGreaterThan(500);
        Standard s = RegistryFiles.only(RegistryFiles.parse(file));
        List<Item> items = s.cards().stream().flatMap(c -> c.functions().stream()).flatMap(f -> f.units().stream())
                .flatMap(u -> java.util.stream.Stream.of(u.actions(), u.abilities(), u.knowledge()))
                .flatMap(List::stream).toList();
        assertThat(items).hasSizeGreaterThan(100).allSatisfy(item -> {
            String line = lines.get(item.line() - 1);
            assertThat(line).as(item.text()).matches("<(LaborAction|RequiredSkill|NecessaryKnowledge)>.*");
            assertThat(line).as(item.text()).contains(item.text().substring(0, Math.min(20, item.text().length())));
        });
        // two items of one function are on lines of their own
        assertThat(items.stream().map(Item::line).distinct().count()).isGreaterThan(items.size() / 2);
    }
}
