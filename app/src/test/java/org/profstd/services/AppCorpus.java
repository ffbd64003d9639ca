package org.profstd.services;

import java.nio.file.Path;
import org.profstd.testkit.TestCorpus;

/** The seeds of the shared corpus, for the application services' tests. */
final class AppCorpus {
    private AppCorpus() {
    }

    static Path seed(String prefix) {
        return TestCorpus.seed(prefix);
    }
}
