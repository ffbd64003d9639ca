package org.profstd.fuzz;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded random-mutation property test: the structured mutators of the fuzz targets, driven by a random generator
 * with fixed seeds instead of by Jazzer, within a time budget per corpus document. It runs in every build without the
 * fuzzer's instrumentation, so it tries far more edited documents per second than a short fuzzing run; a failure
 * names the seed, and the same seed gives the same document on every machine.
 */
class SeededMutationTest {
    /**
     * Wall-clock budget per text or XML corpus document: the whole test stays under three minutes on two cores. A longer
     * run takes {@code -Dprofstd.mutation.seconds=N -Dprofstd.mutation.seeds=N} (see docs/fuzzing.md).
     */
    private static final long BUDGET_MILLIS = 1000 * Long.getLong("profstd.mutation.seconds", 8);
    /** Upper bound on the seeds tried per document, so a fast machine does not run for the whole budget. */
    private static final int MAX_SEEDS = Integer.getInteger("profstd.mutation.seeds", 300);
    /** Even a slow machine tries this many seeds per document, whatever the budget. */
    private static final int MIN_SEEDS = 10;

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("documents")
    void editedDocumentsParseOrAreRefused(Path document, BiFunction<byte[], Choices, byte[]> mutator,
            long budgetMillis, TestReporter reporter) {
        byte[] original = CorpusSeeds.bytes(document);
        String name = document.getFileName().toString();
        long deadline = System.currentTimeMillis() + budgetMillis;
        int seed = 0;
        for (; seed < MAX_SEEDS && (seed < MIN_SEEDS || System.currentTimeMillis() < deadline); seed++) {
            byte[] edited = mutator.apply(original, Choices.seeded(seed));
            try {
                ParseProperty.holds(name, edited);
            } catch (AssertionError failure) {
                throw new AssertionError(name + " edited with seed " + seed + ": " + failure.getMessage(), failure);
            }
        }
        reporter.publishEntry(name, seed + " edited documents parsed or refused");
    }

    /**
     * Edits that once broke a parser, kept as the corpus document and the seed that produce them, so that no edited
     * copy of the corpus lands in the repository. The edit depends on the label tables, so a seed may stop reproducing
     * its document when a table grows; it then still runs as one more edited document.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({
        // kz-2017: a listed card whose level could not be read made CardList.checkLevels throw
        "000, 80",
        "001, 138"})
    void editsThatOnceBrokeAParser(String seedDocument, int seed) {
        byte[] edited = LineMutator.mutate(CorpusSeeds.bytes(org.profstd.Corpus.seed(seedDocument)), Choices.seeded(seed));
        ParseProperty.holds(seedDocument + "-seed-" + seed + ".txt", edited);
    }

    /**
     * Every corpus document with the edits of its reader's fuzz target. DOCX, PDF and web pages take longer to write
     * and read than text, and there are ten of them: each has half the budget of a text document.
     */
    static Stream<Arguments> documents() {
        BiFunction<byte[], Choices, byte[]> pages = (bytes, choices) -> HtmlMutator.mutate(HtmlSeeds.page(bytes), choices);
        return Stream.of(
                documents(CorpusSeeds.TEXT, "line edits", LineMutator::mutate, BUDGET_MILLIS),
                documents(CorpusSeeds.REGISTRY_XML, "element edits", XmlMutator::mutate, BUDGET_MILLIS),
                documents(CorpusSeeds.DOCX, "body edits", DocxMutator::mutate, BUDGET_MILLIS / 2),
                documents(CorpusSeeds.PDF, "page edits", PdfMutator::mutate, BUDGET_MILLIS / 2),
                documents(CorpusSeeds.DOCX, "web page edits", pages, BUDGET_MILLIS / 2)).flatMap(s -> s);
    }

    private static Stream<Arguments> documents(String folder, String edits, BiFunction<byte[], Choices, byte[]> mutator,
            long budgetMillis) {
        return CorpusSeeds.files(folder).stream().map(f -> Arguments.of(Named.of(f.getFileName().toString(), f),
                Named.of(edits, mutator), Named.of(budgetMillis + " ms", budgetMillis)));
    }
}
