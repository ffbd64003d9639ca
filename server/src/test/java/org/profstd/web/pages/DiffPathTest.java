package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.profstd.web.Lang;
import org.profstd.web.PageContext;

/** Diff paths as the differ writes them, told in the interface languages; names in «» stay as printed. */
class DiffPathTest {
    static String path(Lang lang, String path) {
        return DiffPath.localized(new PageContext(lang, "/diff", Map.of()), path);
    }

    @Test
    void theWordsOfThePathAreTranslatedAndTheNamesKept() {
        String path = "«Разработка и отладка программного кода», level 3 (A) › function A/01.3 «Формализация задач»"
                + " › function 1 › actions 4 (was 2)";
        assertThat(path(Lang.RU, path)).isEqualTo("«Разработка и отладка программного кода», уровень 3 (A) › "
                + "функция A/01.3 «Формализация задач» › функция 1 › действие 4 (было 2)");
        assertThat(path(Lang.KK, path)).isEqualTo("«Разработка и отладка программного кода», деңгей 3 (A) › "
                + "функция A/01.3 «Формализация задач» › функция 1 › әрекет 4 (бұрын 2)");
        assertThat(path(Lang.EN, path)).as("an item is named in the singular").isEqualTo(path.replace("actions 4", "action 4"));
    }

    @Test
    void aCardWithoutNameOrLevelAndASkillWithAName() {
        assertThat(path(Lang.RU, "(no name), no level › skill 2 «Анализ»"))
                .isEqualTo("(без названия), без уровня › навык 2 «Анализ»");
        assertThat(path(Lang.RU, "«level 5», level 5 › knowledge 1")).as("a name that reads like the differ's words")
                .isEqualTo("«level 5», уровень 5 › знание 1");
        assertThat(List.of(path(Lang.KK, ""), path(Lang.KK, null))).containsExactly("", "");
    }
}
