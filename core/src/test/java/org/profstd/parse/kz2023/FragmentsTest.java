package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.read.SourceText;
import org.profstd.read.TextReader;

class FragmentsTest {
    @Test
    void givesEachParagraphOfATableRowWithItsCell() {
        SourceText text = TextReader.read("row", "Трудовая функция 1:\t<p>Навык 1: Анализ</p>\t"
                + "<p>Умения:</p> <ol><li>1. Проводить</li></ol> <p>Знания: 1. Методы</p>\n");
        List<Fragment> f = Fragments.of(text, 1, 1);
        assertThat(f).extracting(Fragment::text).containsExactly(
                "Трудовая функция 1:", "Навык 1: Анализ", "Умения:", "1. Проводить", "Знания: 1. Методы");
        assertThat(f).extracting(Fragment::cell).containsExactly(0, 1, 2, 2, 2);
        assertThat(f.get(0).inFunctionColumn()).isTrue();
        assertThat(f.get(1).inSkillColumn()).isTrue();
    }

    @Test
    void splitsAListLabelThatLostItsParagraphBreak() {
        SourceText text = TextReader.read("inline", "\t\tУмения: 1. Формировать 2. Распределять Знания: 1. Методы\n");
        assertThat(Fragments.of(text, 1, 1)).extracting(Fragment::text)
                .containsExactly("Умения: 1. Формировать 2. Распределять", "Знания: 1. Методы");
    }

    @Test
    void joinsALabelBrokenOverLinesOfAOneValuePerLineText() {
        SourceText text = TextReader.read("kk", "Жеке құзыреттерге\nқойылатын талаптар:\n\nЖауапкершілік\n"
                + "СБШ бойынша біліктілік\nдеңгейі:\n\n7\n");
        List<Fragment> f = Fragments.of(text, 1, text.size());
        assertThat(f).extracting(Fragment::text, Fragment::line).containsExactly(
                tuple("Жеке құзыреттерге қойылатын талаптар:", 1),
                tuple("Жауапкершілік", 4),
                tuple("СБШ бойынша біліктілік деңгейі:", 5),
                tuple("7", 8));
    }
}
