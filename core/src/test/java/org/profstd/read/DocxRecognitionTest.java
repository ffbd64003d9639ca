package org.profstd.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.profstd.Corpus;
import org.profstd.model.Language;
import org.profstd.model.ParseResult;
import org.profstd.parse.Diagnostics;
import org.profstd.parse.Family;
import org.profstd.parse.Recognizer;
import org.profstd.parse.Segment;
import org.profstd.parse.Standards;

/**
 * The recognizer reads the DOCX lines as it reads the text conversions. All four DOCX are in the kz-2017 template:
 * it-user-support and computer-systems-infrastructure have the card layout with "Задача N" (like seed 000), the other
 * two the older layout with "Умения и навыки" and no tasks (like seed 001); none has the "Навык"/"Глава" of kz-2023.
 */
class DocxRecognitionTest {
    @ParameterizedTest
    @CsvSource({
        "it-user-support.docx, 2, 395",
        "software-maintenance-support-2017.docx, 2, 81",
        "software-development.docx, 2, 72",
        "computer-systems-infrastructure.docx, 2, 170"})
    void eachDocxIsOneKz2017StandardInRussian(String file, int titleLine, int lastLine) throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.file("kz-docx/" + file));
        SourceText text = DocxReader.read(file, bytes);
        Recognizer.Recognition recognition = Recognizer.recognize(text, new Diagnostics());
        assertThat(recognition.segments())
                .extracting(Segment::family, Segment::language, Segment::titleLine, Segment::startLine, Segment::endLine)
                .containsExactly(tuple(Family.KZ_2017, Language.RU, titleLine, 1, lastLine));

        ParseResult result = Standards.parse(file, bytes);
        assertThat(result.source().format()).isEqualTo("docx");
        assertThat(result.source().language()).isEqualTo(Language.RU);
        assertThat(result.standards()).hasSize(1);
    }
}
