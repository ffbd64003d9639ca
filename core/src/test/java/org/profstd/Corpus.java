package org.profstd;

import java.nio.file.Path;
import java.util.List;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.testkit.TestCorpus;

/** The real documents of the shared corpus ({@link TestCorpus}), which every parser test reads, and their parses. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        return TestCorpus.root();
    }

    /** The seed document whose file name starts with the given prefix, e.g. {@code "003"}. */
    public static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    public static Path file(String relative) {
        return TestCorpus.file(relative);
    }

    /** Every document of the corpus, in a stable order. */
    public static List<Path> all() {
        return TestCorpus.all();
    }

    public static List<Path> seeds() {
        return TestCorpus.seeds();
    }

    public static ParseResult parseSeed(String prefix) {
        try {
            return Standards.parse(seed(prefix));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
