package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.LaborFunction;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/**
 * Seed 003 is the text of the standard that {@code 06.024-2015.xml} exports: both readers must give the same cards,
 * functions, codes, levels and item counts. The text side is read by the ru-mintrud parser; until it reads cards at
 * all, there is nothing to compare and the test is skipped.
 */
class SameStandardAsTextTest {
    /** What must agree: card code, level and name; per function its code, name and item counts. */
    record Shape(String card, Integer level, String name, List<String> functions) {
        static Shape of(Card c) {
            return new Shape(c.code(), c.level(), c.name(), c.functions().stream().map(Shape::function).toList());
        }

        private static String function(LaborFunction f) {
            Unit u = f.units().get(0);
            return f.code() + " " + f.units().size() + " unit: " + u.actions().size() + " actions, "
                    + u.abilities().size() + " abilities, " + u.knowledge().size() + " knowledge";
        }
    }

    @Test
    void seed003AndItsRegistryExportGiveTheSameStandard() {
        Standard text = Corpus.parseSeed("003").standards().get(0);
        assertThat(text.cards()).isNotEmpty();
        Standard xml = RegistryFiles.only(RegistryFiles.parse("06.024-2015.xml"));

        assertThat(text.code()).isEqualTo(xml.code());
        assertThat(text.registrationNumber()).isEqualTo(xml.registrationNumber());
        assertThat(text.cards().stream().map(Shape::of).toList())
                .isEqualTo(xml.cards().stream().map(Shape::of).toList());
    }
}
