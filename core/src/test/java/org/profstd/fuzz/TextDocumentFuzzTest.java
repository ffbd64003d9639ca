package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets of the text path: text reader, recognizer and the parser of each template family, all reached through
 * {@code Standards.parse} on the bytes of a text document. In a plain build each target runs its regression inputs
 * (the corpus documents, or the empty input for the structured target); with {@code JAZZER_FUZZ=1} Jazzer fuzzes the
 * one target selected with {@code -Dtest}, see docs/fuzzing.md.
 */
class TextDocumentFuzzTest {
    /** Raw bytes: decoding, cleaning of cells and HTML fragments, recognition of any family from any text. */
    @MethodSource("textDocuments")
    @FuzzTest(maxDuration = "30s") // Jazzer requires @FuzzTest to come last
    void anyBytes(byte[] document) {
        ParseProperty.holds("fuzz.txt", document);
    }

    /** A real document with its lines dropped, repeated, swapped, split, joined, moved and relabelled. */
    @FuzzTest(maxDuration = "30s")
    void editedLines(FuzzedDataProvider data) {
        byte[] seed = data.pickValue(SEEDS);
        ParseProperty.holds("edited.txt", LineMutator.mutate(seed, Choices.of(data)));
    }

    private static final List<byte[]> SEEDS = CorpusSeeds.files(CorpusSeeds.TEXT).stream().map(CorpusSeeds::bytes)
            .toList();

    static Stream<Arguments> textDocuments() {
        return CorpusSeeds.arguments(CorpusSeeds.TEXT);
    }
}
