package org.profstd.read.registryxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.profstd.model.Item;

/** First words of abilities and knowledge items from the registry exports of the corpus. */
class InfinitivesTest {
    @Test
    void abilitiesOpenWithAnInfinitive() {
        assertThat(List.of("Использовать методы", "Выяснять из беседы", "Вести учет", "Изучить алгоритм",
                "Руководить группой", "Обрабатывать информацию", "Настраиваться на клиента"))
                .allMatch(Infinitives::startsWithInfinitive);
    }

    @Test
    void knowledgeOpensWithANounEvenOneThatEndsLikeAVerb() {
        assertThat(List.of("Методы и приемы", "Возможности настройки", "Особенности языков", "Основы психологии",
                "Сеть передачи данных", "Память и процессор", "Области применения", "Безопасность данных",
                "Самостоятельно работать", "", "1С:Предприятие"))
                .noneMatch(Infinitives::startsWithInfinitive);
    }

    @Test
    void aListReadsAsAbilitiesWhenMostOfItDoes() {
        List<Item> skills = List.of(new Item("Анализировать запросы", 1), new Item("Объяснять пути решения", 1),
                new Item("Самостоятельный поиск решений", 1));
        List<Item> knowledge = List.of(new Item("Регламенты обработки", 1), new Item("Основы психологии", 1));
        assertThat(Infinitives.readAsAbilities(skills)).isTrue();
        assertThat(Infinitives.readAsAbilities(knowledge)).isFalse();
        assertThat(Infinitives.readAsAbilities(List.of())).isFalse();
    }
}
