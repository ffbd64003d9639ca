package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {
    @Test
    void splitsTabRowsIntoCellsAndHtmlIntoParagraphs() {
        SourceText text = TextReader.read("t", "\tНавык 1: Анализ\t<p>Умения:</p> <ol><li>1. Формировать требования</li>"
                + "<li>2. Выявлять&nbsp;риски</li></ol>\n");
        SourceLine line = text.line(1);
        assertThat(line.cells()).hasSize(3);
        assertThat(line.startsWithTab()).isTrue();
        assertThat(line.cell(0).isEmpty()).isTrue();
        assertThat(line.cell(1).text()).isEqualTo("Навык 1: Анализ");
        assertThat(line.cell(2).paragraphs()).containsExactly("Умения:", "1. Формировать требования", "2. Выявлять риски");
    }

    @Test
    void joinsLetterSpacedWordsAndDropsMarkdownEmphasis() {
        SourceText text = TextReader.read("t", "## **Навык 1: А н а л и з производительности**\n*Ж. Мадиев*");
        assertThat(text.line(1).heading()).isEqualTo(2);
        assertThat(text.line(1).text()).isEqualTo("Навык 1: Анализ производительности");
        assertThat(text.line(2).text()).isEqualTo("Ж. Мадиев");
        assertThat(text.format()).isEqualTo("markdown");
    }

    @Test
    void keepsLineNumbersOfBlankLinesAndLoneNumbers() {
        SourceText text = TextReader.read("t", "Умения: \n\n17\n1. Проводить диагностику\n");
        assertThat(text.size()).isEqualTo(4);
        assertThat(text.line(2).isBlank()).isTrue();
        assertThat(text.line(3).isLoneNumber()).isTrue();
        assertThat(text.line(4).number()).isEqualTo(4);
        assertThat(text.format()).isEqualTo("text");
    }

    @Test
    void decodesWindows1251WhenTheBytesAreNotUtf8() {
        byte[] bytes = "Знания: основы".getBytes(Decoding.WINDOWS_1251);
        assertThat(Decoding.decode(bytes)).isEqualTo("Знания: основы");
        assertThat(Decoding.decode("Знания".getBytes(StandardCharsets.UTF_8))).isEqualTo("Знания");
    }

    @Test
    void sniffsFormatsByContent() {
        assertThat(FileFormat.sniff("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileFormat.PDF);
        assertThat(FileFormat.sniff("<?xml version=\"1.0\"?><XMLCardInfo>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileFormat.REGISTRY_XML);
        assertThat(FileFormat.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.HTML);
        assertThat(FileFormat.sniff(new byte[] {0, 1, 2, 3})).isEqualTo(FileFormat.BINARY);
        assertThat(FileFormat.sniff("Профессиональный стандарт".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.TEXT);
    }

    @Test
    void cellsOfAStructuredFormatAreCleanedLikeTextCells() {
        SourceLine line = SourceLines.ofCells(7, List.of(
                List.of(),
                List.of("\t\tТребования\tк\tличностным компетенциям"),
                List.of("1.  Проводить&nbsp;диагностику", "", "А н а л и з данных")), 0);
        assertThat(line.number()).isEqualTo(7);
        assertThat(line.raw()).isEqualTo("\tТребования к личностным компетенциям\t1.  Проводить&nbsp;диагностику А н а л и з данных");
        assertThat(line.startsWithTab()).isTrue();
        assertThat(line.cell(1).text()).isEqualTo("Требования к личностным компетенциям");
        assertThat(line.cell(2).paragraphs()).containsExactly("1. Проводить диагностику", "Анализ данных");
    }
}
