package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzz targets of the DOCX reader and the family parsers behind it, reached through {@code Standards.parse}. */
class DocxFuzzTest {
    /** Raw bytes: the zip container, POI's package and XML reading, refusal of damaged documents. */
    @MethodSource("documents")
    @FuzzTest(maxDuration = "30s") // Jazzer requires @FuzzTest to come last
    void anyBytes(byte[] document) {
        ParseProperty.holds("fuzz.docx", document);
    }

    /** A real document with tables, rows, cells, paragraphs and runs dropped, repeated, moved, merged and broken. */
    @FuzzTest(maxDuration = "30s")
    void editedBody(FuzzedDataProvider data) {
        byte[] seed = data.pickValue(SEEDS);
        ParseProperty.holds("edited.docx", DocxMutator.mutate(seed, Choices.of(data)));
    }

    private static final List<byte[]> SEEDS = CorpusSeeds.files(CorpusSeeds.DOCX).stream().map(CorpusSeeds::bytes)
            .toList();

    static Stream<Arguments> documents() {
        return CorpusSeeds.arguments(CorpusSeeds.DOCX);
    }
}
