package org.profstd.search;

import java.nio.file.Path;
import org.profstd.model.ParseResult;
import org.profstd.model.Standard;
import org.profstd.parse.Standards;
import org.profstd.testkit.TestCorpus;

/** The seeds of the shared corpus, parsed, for tests that index real standards. */
public final class CorpusIndex {
    private CorpusIndex() {
    }

    public static Path root() {
        return TestCorpus.root();
    }

    public static ParseResult parseSeed(String prefix) {
        try {
            return Standards.parse(TestCorpus.seed(prefix));
        } catch (Exception e) {
            throw new AssertionError("cannot parse seed " + prefix + ": " + e.getMessage(), e);
        }
    }

    public static Standard standard(ParseResult result, String title) {
        return result.standards().stream().filter(s -> title.equals(s.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no standard " + title));
    }
}
