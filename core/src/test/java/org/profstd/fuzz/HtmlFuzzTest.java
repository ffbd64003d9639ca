package org.profstd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz targets of the HTML reader and the parsers behind it. The seeds are the corpus DOCX published as web pages
 * ({@link HtmlSeeds}).
 */
class HtmlFuzzTest {
    /** Raw bytes as a page: charset detection, jsoup's tolerant parsing, blocks, tables and lists to lines. */
    @MethodSource("pages")
    @FuzzTest(maxDuration = "30s") // Jazzer requires @FuzzTest to come last
    void anyBytes(byte[] page) {
        ParseProperty.holds("fuzz.html", page);
    }

    /** A seed page with elements dropped, repeated, swapped, unwrapped, wrapped, renamed, spanned and split. */
    @FuzzTest(maxDuration = "30s")
    void editedElements(FuzzedDataProvider data) {
        byte[] seed = data.pickValue(SEEDS);
        ParseProperty.holds("edited.html", HtmlMutator.mutate(seed, Choices.of(data)));
    }

    private static final List<byte[]> SEEDS = HtmlSeeds.all();

    static Stream<Arguments> pages() {
        List<java.nio.file.Path> files = CorpusSeeds.files(CorpusSeeds.DOCX);
        return files.stream().map(f -> Arguments.of(Named.of(f.getFileName() + ".html", HtmlSeeds.of(f))));
    }
}
