package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.read.Cell;
import org.profstd.read.FileFormat;
import org.profstd.read.Readers;
import org.profstd.read.SourceLine;
import org.profstd.read.SourceText;

/**
 * Documents whose labels are mixed: a standard of one family that also prints labels of another is still told by the
 * labels it prints most, and labels several families print tell nothing. Lines and counts are read from the corpus.
 */
class RecognizerMixedLabelsTest {
    private static SourceText read(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return Readers.read(file.getFileName().toString(), bytes, FileFormat.sniff(bytes));
    }

    /** The numbers of the lines from {@code from} to {@code to} that tell the family. */
    private static List<Integer> linesTelling(SourceText text, int from, int to, Family family) {
        return text.lines(from, to).stream().filter(l -> DistinctLabels.told(l).contains(family))
                .map(SourceLine::number).toList();
    }

    @Test
    void aKz2023StandardThatPrintsKz2017LabelsIsKz2023() throws Exception {
        // appendix 9 of seed 002: its glossary opens with the kz-2017 wording "термины и определения", and its cards
        // print "Уровень образования:", a kz-2017 card label, beside the kz-2023 "Навык 1" and "Глава 3"
        SourceText text = read(Corpus.seed("002"));
        assertThat(linesTelling(text, 81, 369, Family.KZ_2017)).containsExactly(97, 188, 226, 227, 268, 309, 310);
        assertThat(linesTelling(text, 81, 369, Family.KZ_2023)).hasSizeGreaterThan(7 * 10);
        assertThat(linesTelling(text, 81, 369, Family.RU_MINTRUD)).isEmpty();
        assertThat(Recognizer.family(text.lines(81, 369))).isEqualTo(Family.KZ_2023);
    }

    @Test
    void aKz2017StandardWhoseProfessionListPrintsKz2023LevelsIsKz2017() throws Exception {
        // the table of professions in the PDF gives each its level in a cell "4 уровень ОРК", the kz-2023 wording
        SourceText text = read(Corpus.file("kz-pdf/network-system-server-admins.pdf"));
        assertThat(linesTelling(text, 1, text.size(), Family.KZ_2023))
                .containsExactlyElementsOf(IntStream.rangeClosed(12, 26).boxed().toList());
        assertThat(text.line(12).cells()).extracting(Cell::text).endsWith("4 уровень ОРК");
        assertThat(linesTelling(text, 1, text.size(), Family.KZ_2017)).hasSizeGreaterThan(15 * 10);
        assertThat(Recognizer.family(text.lines())).isEqualTo(Family.KZ_2017);
    }

    @Test
    void labelsSeveralFamiliesPrintAndLoneOrdinaryWordsTellNothing() throws Exception {
        SourceText kz2017 = read(Corpus.seed("000"));
        SourceText ruMintrud = read(Corpus.seed("003"));
        SourceText kazakh = read(Corpus.seed("004"));
        assertThat(kz2017.line(206).flatText()).startsWith("Трудовая функция 1");
        assertThat(DistinctLabels.told(kz2017.line(206))).isEmpty();
        assertThat(ruMintrud.line(130).flatText()).isEqualTo("Уровень");
        assertThat(DistinctLabels.told(ruMintrud.line(130))).isEmpty();
        assertThat(DistinctLabels.told(kz2017.line(217))).containsExactly(Family.KZ_2017);
        assertThat(DistinctLabels.told(kazakh.line(154))).containsExactly(Family.KZ_2023);
        assertThat(DistinctLabels.told(ruMintrud.line(160))).containsExactly(Family.RU_MINTRUD);
    }

    @Test
    void aTieGoesToRuMintrudThenToKz2023() throws Exception {
        SourceLine task = read(Corpus.seed("000")).line(217);
        SourceLine skill = read(Corpus.seed("004")).line(154);
        SourceLine actions = read(Corpus.seed("003")).line(160);
        assertThat(Recognizer.family(List.of(task, skill))).isEqualTo(Family.KZ_2023);
        assertThat(Recognizer.family(List.of(task, skill, actions))).isEqualTo(Family.RU_MINTRUD);
        assertThat(Recognizer.family(List.of(task))).isEqualTo(Family.KZ_2017);
        assertThat(Recognizer.family(List.of(read(Corpus.seed("000")).line(206)))).isNull();
        assertThat(DistinctLabels.tally(List.of(task, skill, actions)).values()).containsOnly(1);
        assertThat(DistinctLabels.tally(List.of(task, skill, actions)).keySet()).isEqualTo(Set.of(Family.values()));
    }
}
