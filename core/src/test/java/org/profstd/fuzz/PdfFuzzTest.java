package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzz targets of the PDF reader (text layer, ruled tables, pages) and the parsers behind it. */
class PdfFuzzTest {
    /** Raw bytes: PDFBox's loading, refusal of damaged, encrypted and text-less documents. */
    @MethodSource("documents")
    @FuzzTest(maxDuration = "30s") // Jazzer requires @FuzzTest to come last
    void anyBytes(byte[] document) {
        ParseProperty.holds("fuzz.pdf", document);
    }

    /** A few real pages with borders and text operators dropped, repeated, swapped or moved, pages reordered. */
    @FuzzTest(maxDuration = "30s")
    void editedPages(FuzzedDataProvider data) {
        byte[] seed = data.pickValue(SEEDS);
        ParseProperty.holds("edited.pdf", PdfMutator.mutate(seed, Choices.of(data)));
    }

    private static final List<byte[]> SEEDS = CorpusSeeds.files(CorpusSeeds.PDF).stream().map(CorpusSeeds::bytes)
            .toList();

    static Stream<Arguments> documents() {
        return CorpusSeeds.arguments(CorpusSeeds.PDF);
    }
}
