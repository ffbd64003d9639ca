package org.profstd.analysis;

import java.nio.file.Path;
import org.profstd.model.ParseResult;
import org.profstd.parse.Standards;
import org.profstd.read.UnreadableDocumentException;
import org.profstd.testkit.TestCorpus;

/** The real documents of the shared corpus, for the tests that compare them. */
public final class CorpusDocuments {
    private CorpusDocuments() {
    }

    public static Path root() {
        return TestCorpus.root();
    }

    public static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }

    public static ParseResult parse(Path file) {
        try {
            return Standards.parse(file);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
