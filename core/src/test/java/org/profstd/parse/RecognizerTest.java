package org.profstd.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.profstd.Corpus;
import org.profstd.model.ActKind;
import org.profstd.model.Language;
import org.profstd.read.Decoding;
import org.profstd.read.SourceText;
import org.profstd.read.TextReader;

/** The family, language, standards and act of each seed, as read from the documents by hand. */
class RecognizerTest {
    private static Recognizer.Recognition recognize(String seed) throws Exception {
        SourceText text = TextReader.read(seed, Decoding.decode(Files.readAllBytes(Corpus.seed(seed))));
        return Recognizer.recognize(text, new Diagnostics());
    }

    @Test
    void seed000IsOneKz2017StandardInRussianWithNoAct() throws Exception {
        Recognizer.Recognition r = recognize("000");
        assertThat(r.segments()).extracting(Segment::family, Segment::language).containsExactly(tuple(Family.KZ_2017, Language.RU));
        assertThat(r.act()).isNull();
    }

    @Test
    void seed001IsAppendix6OfAtamekenOrder171() throws Exception {
        Recognizer.Recognition r = recognize("001");
        assertThat(r.segments()).singleElement().satisfies(s -> {
            assertThat(s.family()).isEqualTo(Family.KZ_2017);
            assertThat(s.appendix()).isEqualTo("6");
        });
        assertThat(r.act().number()).isEqualTo("171");
        assertThat(r.act().date()).isEqualTo("2017-07-17");
        assertThat(r.act().kind()).isEqualTo(ActKind.APPROVAL);
        assertThat(r.act().issuer()).contains("«Атамекен»");
    }

    @Test
    void seed002IsOrder209AmendingOrder569AndCarries14Standards() throws Exception {
        Recognizer.Recognition r = recognize("002");
        assertThat(r.act().number()).isEqualTo("209/НК");
        assertThat(r.act().date()).isEqualTo("2026-04-20");
        assertThat(r.act().kind()).isEqualTo(ActKind.AMENDMENT);
        assertThat(r.act().amends().number()).isEqualTo("569/НК");
        assertThat(r.act().amends().date()).isEqualTo("2025-11-10");
        assertThat(r.segments()).hasSize(14).allSatisfy(s -> {
            assertThat(s.family()).isEqualTo(Family.KZ_2023);
            assertThat(s.language()).isEqualTo(Language.RU);
        });
        // appendices 9..22 of order 569/НК; "Администрирование серверов" (line 3369) has no header of its own
        assertThat(r.segments()).extracting(Segment::appendix).containsExactly(
                "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", null, "20", "21", "22");
        assertThat(r.segments().get(0).startLine()).isEqualTo(81);
        assertThat(r.segments().get(10).titleLine()).isEqualTo(3369);
    }

    @Test
    void seed003IsRuMintrudOrder688n() throws Exception {
        Recognizer.Recognition r = recognize("003");
        assertThat(r.segments()).extracting(Segment::family).containsExactly(Family.RU_MINTRUD);
        assertThat(r.act().number()).isEqualTo("688н");
        assertThat(r.act().date()).isEqualTo("2015-10-05");
        assertThat(r.act().issuer()).isEqualTo("Министерства труда и социальной защиты РФ");
    }

    @Test
    void seed004IsKz2023InKazakh() throws Exception {
        Recognizer.Recognition r = recognize("004");
        assertThat(r.segments()).extracting(Segment::family, Segment::language).containsExactly(tuple(Family.KZ_2023, Language.KK));
    }
}
