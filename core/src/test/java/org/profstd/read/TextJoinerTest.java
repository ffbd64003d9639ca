package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextJoinerTest {
    private final Vocabulary vocabulary = TextReader.read("t", String.join("\n",
            "обработка инфокоммуникационных систем",
            "поддержка инфокоммуникационных систем",
            "инфокоммуникацион",
            "ных систем",
            "на стройке")).vocabulary();
    private final TextJoiner joiner = new TextJoiner(vocabulary);

    @Test
    void joinsAWordSplitWithoutHyphenWhenTheDocumentPrintsItWhole() {
        assertThat(joiner.join(List.of("продукта инфокоммуникацион", "ных систем")))
                .isEqualTo("продукта инфокоммуникационных систем");
    }

    @Test
    void keepsALineFinalHyphenAsARealOne() {
        assertThat(joiner.join(List.of("программно-", "аппаратного комплекса")))
                .isEqualTo("программно-аппаратного комплекса");
    }

    @Test
    void joinsOrdinaryFragmentsWithOneSpace() {
        assertThat(joiner.join(List.of("Обработка ", "", "  инцидентов, связанных с", "основным")))
                .isEqualTo("Обработка инцидентов, связанных с основным");
    }

    @Test
    void doesNotGlueAShortWordToTheNext() {
        assertThat(joiner.join(List.of("работа на", "стройке"))).isEqualTo("работа на стройке");
    }

    @Test
    void emptyInputGivesEmptyText() {
        assertThat(joiner.join(List.of())).isEmpty();
    }
}
