package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.profstd.model.Diagnostic;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.web.Lang;
import org.profstd.web.PageContext;

/** The readers' messages told in Russian and Kazakh: every message the corpus gives, and the forms of a few exactly. */
class DiagnosticDetailTest {
    static String told(Lang lang, String message) {
        return DiagnosticDetail.told(new PageContext(lang, "/upload", Map.of()), message);
    }

    @Test
    void everyMessageOfTheCorpusIsToldInRussianAndKazakhWithoutEnglishWords() throws Exception {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : corpusFiles()) {
            try {
                diagnostics.addAll(Standards.parse(file).diagnostics());
            } catch (UnreadableDocumentException e) {
                // not a standard: no diagnostics to tell
            }
        }
        assertThat(diagnostics).hasSizeGreaterThan(100);
        for (Diagnostic d : diagnostics) {
            for (Lang lang : List.of(Lang.RU, Lang.KK)) {
                String told = told(lang, d.message());
                assertThat(told).as(lang + ": " + d.message()).isNotNull().doesNotContain("{", "detail.");
                // what is left in Latin letters is the document's own (codes, quoted words), never the reader's
                assertThat(told.replaceAll("«[^»]*»|\\([^)]*\\)|[A-Z]+/\\d+\\.\\d+|\\b[A-Z]\\b", ""))
                        .as(lang + ": " + d.message()).doesNotContainPattern("\\b(the|of|is|at|line|card|label|function)\\b");
            }
            assertThat(told(Lang.EN, d.message())).isEqualTo(d.message());
        }
    }

    @Test
    void placesInsideACardAreToldFromTheCardDown() {
        String message = "abilities of task 1 of function 1 of card 7 (3512-1-004, level 4): the numbering starts again"
                + " at 1 after 13";
        assertThat(told(Lang.RU, message)).isEqualTo("карточка 7 (3512-1-004, уровень 4) › функция 1 › задача 1 › умения:"
                + " нумерация начинается заново с 1 после 13");
        assertThat(told(Lang.KK, message)).isEqualTo("7 карточка (3512-1-004, 4 деңгей) › 1 функция › 1 міндет › біліктер:"
                + " нөмірлеу 13 нөмірінен кейін қайтадан 1 нөмірінен басталады");
        assertThat(told(Lang.RU, "\"562\" is printed before its label \"Регистрационный номер\" (line 27)"))
                .isEqualTo("«562» напечатано перед своей меткой «Регистрационный номер» (строка 27)");
        assertThat(told(Lang.RU, "labor function 3.1.1 (A/01.3): section III lost code, level, the beginning of the"
                + " name (\"по вопросам\" is left) in a page break; taken from the functional map (line 60)"))
                .isEqualTo("Трудовая функция 3.1.1 (A/01.3): в разделе III на разрыве страницы потеряны код, уровень,"
                        + " начало названия (осталось «по вопросам»); они взяты из функциональной карты (строка 60)");
    }

    @Test
    void aFormOfMessageNotKnownIsLeftToThePage() {
        assertThat(told(Lang.RU, "something the readers may say one day")).isNull();
        assertThat(told(Lang.KK, "tasks of function 1 of sheet 2: task 3 follows task 1")).as("an unknown place").isNull();
    }

    private static List<Path> corpusFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("profstd.corpus", "../../shared/corpus"));
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
