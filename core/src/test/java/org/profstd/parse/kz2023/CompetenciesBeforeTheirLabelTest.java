package org.profstd.parse.kz2023;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.Card;
import org.profstd.model.Item;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.model.Unit;

/**
 * Seed 002 prints the first lines of a card's merged "Требования к личностным компетенциям" cell after the last
 * skill's "Возможность признания навыка" row and before the label itself (lines 3721-3723: "⇥Ответственность⇥", a
 * blank line, then "Требования к личностным компетенциям:⇥Системное мышление Умение работать в команде"). The last
 * knowledge item ends where that cell starts; the words are the card's competencies, in the order printed.
 */
class CompetenciesBeforeTheirLabelTest {
    private static ParseResult result;

    @BeforeAll
    static void parse() {
        result = Corpus.parseSeed("002");
    }

    private static Card card(String standard, String card, int level) {
        Standard s = result.standards().stream().filter(x -> x.title().equals(standard)).findFirst().orElseThrow();
        return s.cards().stream().filter(c -> c.name().equals(card) && c.level() == level).findFirst().orElseThrow();
    }

    private static Unit skill(Card card, String name) {
        return card.functions().stream().flatMap(f -> f.units().stream()).filter(u -> name.equals(u.name()))
                .findFirst().orElseThrow();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }

    @Test
    void aLoneCompetencyCellBeforeTheLabelIsNotPartOfTheLastKnowledgeItem() {
        Card c = card("Администрирование серверов", "Администратор серверов", 5);
        assertThat(texts(skill(c, "Обеспечение системной безопасности организации").knowledge())).containsExactly(
                "Угроз информационной безопасности", "Средств и возможностей обеспечения информационной безопасности",
                "Мониторинга корпоративных сетей организации", "Выбора и конфигурирования сетевых протоколов",
                "Систем резервного копирования и восстановления данных");
        assertThat(c.personalCompetencies()).containsExactly("Ответственность", "Системное мышление",
                "Умение работать в команде");
    }

    @Test
    void competencyCellsOnTwoLinesBeforeTheLabelAreBothTheCards() {
        // lines 3073-3074: "⇥Адаптивность⇥" and "⇥Ответственность⇥", then the label at 3076
        Card c = card("Разработка программного обеспечения", "Проектировщик программного обеспечения", 5);
        assertThat(texts(skill(c, "Интеграция готовых компонентов").knowledge())).containsExactly(
                "Основ интеграции программных компонентов", "Принципов работы с внешними API и библиотеками",
                "Базовых методов интеграционного тестирования");
        assertThat(c.personalCompetencies()).startsWith("Адаптивность", "Ответственность",
                "Сотрудничество и взаимодействие");
    }

    @Test
    void anHtmlParagraphOfCompetenciesBeforeTheLabelIsTheCards() {
        // line 1822: "⇥<p>Ответственность Системное мышление Устные коммуникативные навыки Организованность</p>⇥"
        Card c = card("Системное и сетевое администрирование", "Системный инженер", 6);
        List<String> knowledge = texts(skill(c, "Устранение ошибок в работе информационной системы").knowledge());
        assertThat(knowledge).endsWith("Принципы построения логирования и сбора метрик в промышленных системах");
        assertThat(c.personalCompetencies()).startsWith("Ответственность", "Системное мышление",
                "Устные коммуникативные навыки", "Организованность", "Настойчивость");
    }

    @Test
    void noKnowledgeItemOfTheDocumentEndsWithCompetencies() {
        // the seven items that once carried the cell, among them an untabbed line (2212) and a dotted item (2956)
        List<String> all = result.standards().stream().flatMap(s -> s.cards().stream())
                .flatMap(c -> c.functions().stream()).flatMap(f -> f.units().stream())
                .flatMap(u -> u.knowledge().stream()).map(Item::text).toList();
        assertThat(all).contains("Процедуры резервного копирования и восстановления данных",
                "Практики составления бизнес-кейсов и обоснования инвестиций в новые технологии",
                "Основ контейнеризации и оркестрации в контексте сетевого взаимодействия",
                "Математической статистики, численных методов, методов оптимизации, теории вероятностей, теории"
                        + " графов, техники работы с данными в цифровой форме");
        assertThat(all).noneMatch(t -> t.endsWith(" Ответственность") || t.endsWith(" Внимательность")
                || t.endsWith(" Понимание бизнеса") || t.endsWith(" Умение работать в команде"));
        assertThat(result.diagnostics()).anyMatch(d -> d.code().code().equals("value-before-label") && d.line() == 3721
                && d.message().contains("\"Ответственность\""));
    }
}
