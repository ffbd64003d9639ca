package org.profstd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.web.Lang;
import org.profstd.web.PageContext;

/** Why the readers refuse a document, told in Russian and Kazakh from the reasons they really give. */
class RefusalReasonTest {
    static String told(Lang lang, String message) {
        return RefusalReason.told(new PageContext(lang, "/upload", Map.of()), message);
    }

    static String refusal(String name, String content) {
        try {
            Standards.parse(name, content.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    void theReadersReasonsAreToldWithTheFilesName() {
        String notStandard = refusal("note.txt", "Список покупок: хлеб, молоко.");
        assertThat(told(Lang.RU, notStandard))
                .isEqualTo("note.txt: это не профессиональный стандарт (ни один шаблон не распознан)");
        assertThat(told(Lang.KK, notStandard)).isEqualTo("note.txt: бұл кәсіби стандарт емес (бірде-бір үлгі танылмады)");
        assertThat(told(Lang.EN, notStandard)).isEqualTo(notStandard);
        String damaged = refusal("cut.xml", "<?xml version=\"1.0\"?>\n<XMLCardInfo><ProfessionalStandarts><Professional");
        assertThat(told(Lang.RU, damaged)).startsWith("cut.xml: XML повреждён (строка 2, позиция ");
        String empty = "";
        assertThatThrownBy(() -> Standards.parse("empty.txt", empty.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(told(Lang.KK, e.getMessage())).isEqualTo("empty.txt: файл бос"));
    }

    @Test
    void aPastedTextNamesNoFileAndAnUnknownReasonKeepsTheReadersWords() {
        assertThat(told(Lang.RU, "the text has 120000 characters, more than 100000, the limit for matching; send a"
                + " shorter text")).isEqualTo("в тексте 120000 знаков — больше предела 100000 для сопоставления;"
                + " сократите текст");
        assertThat(told(Lang.RU, "odd.bin: something new went wrong"))
                .isEqualTo("odd.bin: документ не прочитан (сообщение программы чтения: something new went wrong)");
    }
}
