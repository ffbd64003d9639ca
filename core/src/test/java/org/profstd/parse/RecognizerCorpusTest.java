package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.profstd.Corpus;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.read.FileFormat;
import org.profstd.read.Readers;
import org.profstd.read.SourceText;

/**
 * The template family, language and number of standards the recognizer finds in each document of the corpus, as read
 * from the documents by hand: the DOCX and PDF publications are kz-2017 (card layout or the older one with "Умения и
 * навыки"), the order of seed 002 carries fourteen kz-2023 standards. The registry exports do not pass the recognizer;
 * their reader knows every standard in them as ru-mintrud.
 */
class RecognizerCorpusTest {
    record Document(String file, Family family, Language language, int standards) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Document> documents() {
        return List.of(
                new Document("kz-docx/computer-systems-infrastructure.docx", Family.KZ_2017, Language.RU, 1),
                new Document("kz-docx/it-user-support.docx", Family.KZ_2017, Language.RU, 1),
                new Document("kz-docx/software-development.docx", Family.KZ_2017, Language.RU, 1),
                new Document("kz-docx/software-maintenance-support-2017.docx", Family.KZ_2017, Language.RU, 1),
                new Document("kz-pdf/network-system-server-admins.pdf", Family.KZ_2017, Language.RU, 1),
                new Document("kz-pdf/software-developers-testers-web-mobile.pdf", Family.KZ_2017, Language.RU, 1),
                new Document("seeds/000_08e08ce78b8a3f0b.txt", Family.KZ_2017, Language.RU, 1),
                new Document("seeds/001_fa1143ddd41cc9bd.txt", Family.KZ_2017, Language.RU, 1),
                new Document("seeds/002_8f656e93d6fef283.txt", Family.KZ_2023, Language.RU, 14),
                new Document("seeds/003_217ee86a0a46cf29.txt", Family.RU_MINTRUD, Language.RU, 1),
                new Document("seeds/004_e2b4aeded95d3b3c.txt", Family.KZ_2023, Language.KK, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyStandardOfTheDocumentIsRecognisedAsItsFamilyAndLanguage(Document document) throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.file(document.file()));
        SourceText text = Readers.read(document.file(), bytes, FileFormat.sniff(bytes));
        List<Segment> segments = Recognizer.recognize(text, new Diagnostics()).segments();
        assertThat(segments).hasSize(document.standards()).allSatisfy(s -> {
            assertThat(s.family()).isEqualTo(document.family());
            assertThat(s.language()).isEqualTo(document.language());
        });
    }

    @Test
    void theRegistryExportsAreRuMintrud() throws Exception {
        List<Path> exports = Corpus.all().stream().filter(p -> p.toString().endsWith(".xml")).toList();
        assertThat(exports).hasSize(4);
        for (Path export : exports) {
            ParseResult result = Standards.parse(export);
            assertThat(result.standards()).extracting(Standard::format).isNotEmpty()
                    .containsOnly(Family.RU_MINTRUD.id());
        }
    }

    @Test
    void everyOtherDocumentOfTheCorpusIsListed() {
        List<String> listed = documents().stream().map(Document::file).toList();
        List<String> corpus = Corpus.all().stream().filter(p -> !p.toString().endsWith(".xml"))
                .map(p -> Corpus.root().relativize(p).toString().replace('\\', '/')).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(corpus);
    }
}
