package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Diagnostic;
import org.profstd.model.Item;
import org.profstd.read.TextJoiner;
import org.profstd.read.Vocabulary;

class ItemCollectorTest {
    private final Diagnostics diagnostics = new Diagnostics();
    private final ItemCollector items = new ItemCollector(new TextJoiner(Vocabulary.empty()), diagnostics, "abilities");

    @Test
    void numberedFragmentsOpenItemsAndOthersContinueThem() {
        items.fragment("1. Проводить диагностику", 10);
        items.fragment("инфокоммуникационных систем;", 12);
        items.fragment("2. Настраивать компоненты.", 14);
        assertThat(items.finish()).containsExactly(
                new Item("Проводить диагностику инфокоммуникационных систем", 10),
                new Item("Настраивать компоненты", 14));
        assertThat(diagnostics.list()).isEmpty();
    }

    @Test
    void reportsSkipsRepeatsAndRestarts() {
        items.numbered(1, "a", 1);
        items.numbered(3, "b", 2);
        items.numbered(3, "c", 3);
        items.numbered(1, "d", 4);
        List<Diagnostic> d = diagnostics.list();
        assertThat(d).extracting(x -> x.code().code())
                .containsExactly("number-skipped", "number-repeated", "list-restarted");
        assertThat(d).extracting(Diagnostic::line).containsExactly(2, 3, 4);
    }

    @Test
    void keepsAbbreviationPeriods() {
        assertThat(ItemCollector.clean("Основы делопроизводства и т.д.")).isEqualTo("Основы делопроизводства и т.д.");
        assertThat(ItemCollector.clean("Основы делопроизводства.")).isEqualTo("Основы делопроизводства");
    }

    @Test
    void splitsInlineRunsOnlyOnTheNextNumber() {
        assertThat(Numbered.splitInline("Умения: 1. Формировать команды 2. Распределять задачи версии 2. и 5. 3. Проводить ревью"))
                .containsExactly(new Numbered.Entry(0, "Умения:"), new Numbered.Entry(1, "Формировать команды"),
                        new Numbered.Entry(2, "Распределять задачи версии 2. и 5."), new Numbered.Entry(3, "Проводить ревью"));
    }

    @Test
    void aPrintedLineThatStartsANewSentenceAfterACompleteItemIsANewItem() {
        items.paragraph("1. Вести журнал истории изменений", 5);
        items.paragraph("Представление на сайте сведений о проекте", 5);
        items.paragraph("2. Настраивать сетевые устройства и", 6);
        items.paragraph("Программное обеспечение к ним", 6);
        items.paragraph("ПО серверов", 6);
        items.paragraph("для обмена данными", 6);
        assertThat(items.finish()).extracting(Item::text).containsExactly(
                "Вести журнал истории изменений",
                "Представление на сайте сведений о проекте",
                "Настраивать сетевые устройства и Программное обеспечение к ним ПО серверов для обмена данными");
        assertThat(diagnostics.list()).isEmpty();
    }

    @Test
    void aFullStopBeforeANewCapitalisedSentenceEndsAnItem() {
        items.paragraph("1. Выбор средств выявления и реагирования на инциденты ИБ. Формирование отчетной документации", 7);
        items.paragraph("2. Основы делопроизводства, т. е. Правила оформления документов", 8);
        items.paragraph("3. Стандарты ISO 9001. Методы управления качеством", 9);
        assertThat(items.finish()).extracting(Item::text).containsExactly(
                "Выбор средств выявления и реагирования на инциденты ИБ",
                "Формирование отчетной документации",
                "Основы делопроизводства, т. е. Правила оформления документов",
                "Стандарты ISO 9001. Методы управления качеством");
    }
}
