package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzz targets of the registry XML reader, reached through {@code Standards.parse}. */
class RegistryXmlFuzzTest {
    /** Raw bytes: encoding detection, the StAX tree reader and its limits, refusal of damaged XML. */
    @MethodSource("exports")
    @FuzzTest(maxDuration = "30s") // Jazzer requires @FuzzTest to come last
    void anyBytes(byte[] export) {
        ParseProperty.holds("fuzz.xml", export);
    }

    /** A real export with elements dropped, repeated, swapped, moved, renamed and given odd values. */
    @FuzzTest(maxDuration = "30s")
    void editedElements(FuzzedDataProvider data) {
        byte[] seed = data.pickValue(SEEDS);
        ParseProperty.holds("edited.xml", XmlMutator.mutate(seed, Choices.of(data)));
    }

    private static final List<byte[]> SEEDS = CorpusSeeds.files(CorpusSeeds.REGISTRY_XML).stream()
            .map(CorpusSeeds::bytes).toList();

    static Stream<Arguments> exports() {
        return CorpusSeeds.arguments(CorpusSeeds.REGISTRY_XML);
    }
}
