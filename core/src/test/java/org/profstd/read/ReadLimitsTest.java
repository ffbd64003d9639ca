package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;

/** Hostile documents cost bounded work: each is refused with the limit it broke, never a crash or an endless read. */
class ReadLimitsTest {
    private static final String OPEN_BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String CLOSE_BODY = "</w:body></w:document>";

    @Test
    void aWordBodyThatUnpacksBeyondTheLimitIsRefusedBeforeTheWordLibraryBuildsIt() throws Exception {
        StringBuilder body = new StringBuilder(OPEN_BODY);
        Random random = new Random(12);
        while (body.length() < ReadLimits.MAX_PART_BYTES + 1024 * 1024) {
            body.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 40; i++) {
                body.append((char) ('а' + random.nextInt(32)));
            }
            body.append("</w:t></w:r></w:p>");
        }
        byte[] docx = withBody(body.append(CLOSE_BODY).toString());
        assertThatThrownBy(() -> Readers.read("big.docx", docx, FileFormat.DOCX))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("big.docx: the part word/document.xml of the Word document unpacks to more than 32 MB,"
                        + " the limit; it is refused");
    }

    @Test
    void wordTablesNestedThousandsDeepAreRefusedNotAStackOverflow() throws Exception {
        StringBuilder body = new StringBuilder(OPEN_BODY);
        for (int i = 0; i < 3000; i++) {
            body.append("<w:tbl><w:tr><w:tc>");
        }
        body.append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        for (int i = 0; i < 3000; i++) {
            body.append("</w:tc></w:tr></w:tbl>");
        }
        byte[] docx = withBody(body.append(CLOSE_BODY).toString());
        assertThatThrownBy(() -> Readers.read("deep.docx", docx, FileFormat.DOCX))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("deep.docx: the Word document nests its elements (tables in tables) more than 256 deep,"
                        + " the limit; it is refused");
    }

    @Test
    void htmlNestedAHundredThousandDeepIsRefusedNotAStackOverflow() {
        String page = "<html><body>" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "</body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Readers.read("deep.html", bytes, FileFormat.HTML))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("deep.html: the page nests its elements more than 256 deep, the limit; it is refused");
        assertThatThrownBy(() -> PlainText.of("deep.html", bytes)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void theRealWordDocumentsAreWellWithinTheLimitsAndReadAsWithoutThem() throws Exception {
        for (String file : new String[] {"it-user-support.docx", "software-development.docx"}) {
            byte[] bytes = Files.readAllBytes(Corpus.file("kz-docx/" + file));
            assertThat(Readers.read(file, bytes, FileFormat.DOCX).lines())
                    .isEqualTo(DocxReader.read(file, bytes).lines());
        }
    }

    @Test
    void aReaderOverItsTimeBudgetIsAbandonedWithARefusal() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ReadGuard.read("slow.pdf", () -> {
            Thread.sleep(30_000);
            return null;
        }, 1)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("slow.pdf: reading took longer than 1 s, the limit for one document; it is refused");
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }

    @Test
    void aStackOverflowInAReaderBecomesARefusal() {
        assertThatThrownBy(() -> ReadGuard.read("odd.pdf", () -> recurse(0), 60))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("odd.pdf: the document is nested too deeply to read");
    }

    @Test
    void aTextLongerThanTheMatchingLimitIsRefusedNamingTheLimit() {
        byte[] text = "опыт работы ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlainText.of("cv.txt", text)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("cv.txt: the text has 120000 characters, more than 100000, the limit for matching;"
                        + " send a shorter text");
    }

    private static SourceText recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }

    /** A real DOCX of the corpus with its body replaced. */
    private static byte[] withBody(String documentXml) throws Exception {
        byte[] original = Files.readAllBytes(Corpus.file("kz-docx/it-user-support.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
