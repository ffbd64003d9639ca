package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;

class PlainTextTest {

    @Test
    void textIsDecodedAsItIs() throws Exception {
        byte[] cp1251 = "Опыт работы: настройка серверов".getBytes(Decoding.WINDOWS_1251);
        assertThat(PlainText.of("cv.txt", cp1251)).isEqualTo("Опыт работы: настройка серверов");
    }

    @Test
    void aDocxGivesTheWordsOfItsParagraphsAndTables() throws Exception {
        Path docx = Corpus.root().resolve("kz-docx").resolve("it-user-support.docx");
        String text = PlainText.of("it-user-support.docx", Files.readAllBytes(docx));
        assertThat(text).contains("Профессиональный стандарт").doesNotContain("\t").doesNotContain("<w:");
    }

    @Test
    void anArchiveOrBinaryIsRefusedWithItsFormat() {
        assertThatThrownBy(() -> PlainText.of("x.bin", new byte[] {0, 1, 2, 3, 0, 0, 7}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("binary files are not read as text");
        assertThatThrownBy(() -> PlainText.of("empty.txt", "".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("empty.txt: the file is empty");
    }
}
