package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.profstd.Corpus;
import org.profstd.parse.Standards;

/** Files that cannot be read end in one clear line, never a stack trace or a parser run on garbage. */
class MalformedDocumentTest {
    @Test
    void aTruncatedDocx() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.file("kz-docx/software-development.docx"));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 3);
        assertThat(FileFormat.sniff(truncated)).isEqualTo(FileFormat.DOCX);
        assertThatThrownBy(() -> Standards.parse("cut.docx", truncated))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.docx: damaged DOCX, cannot be opened (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void bytesThatStartLikeAZipAndStopThere() {
        byte[] stub = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThatThrownBy(() -> Standards.parse("stub.docx", stub))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("stub.docx: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aZipThatIsNotADocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes/readme.txt"));
            zip.write("Профессиональный стандарт".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Standards.parse("notes.zip", bytes.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("notes.zip: not a DOCX (a zip archive without a Word document in it)");
    }

    @Test
    void anEmptyFileNamedPdf(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("scan.pdf"));
        assertThatThrownBy(() -> Standards.parse(empty))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("scan.pdf: the file is empty");
    }

    @Test
    void aPdfHeaderFollowedByGarbage() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Standards.parse("damaged.pdf", damaged))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("damaged.pdf: damaged PDF, cannot be opened (")
                .hasMessageNotContaining("\n");
    }
}
